/**
 * The benchmark's anchors: the barest bot written with the same SDKs as the service (botbuilder's
 * CloudAdapter, anonymous as in local mode, on restify with its body parser). It answers a card
 * action with a small card in the invoke response and a message with an echo through the
 * connector, and stores nothing: what the service does beyond this is what its figures measure.
 * With `ECHO_STORE_CONNECTION_STRING` set it is the fair anchor for a submit: each card action
 * first stores the card's data in one Table transaction (the current row and a version row, one
 * partition) through the same Azure SDK and Azurite, the least any bot that keeps a report does.
 * `node dist/scripts/bench/echo-bot.js` with PORT set.
 */
import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import * as restify from 'restify';

const storeTo = process.env.ECHO_STORE_CONNECTION_STRING;
const table = storeTo
  ? TableClient.fromConnectionString(storeTo, process.env.ECHO_STORE_TABLE ?? 'benchEchoStore', {
      allowInsecureConnection: true,
    })
  : undefined;

/** One transaction per card action: the member's current row and an immutable version of it. */
async function store(context: TurnContext): Promise<void> {
  if (!table) return;
  const data = JSON.stringify(
    (context.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data ?? {},
  );
  const partitionKey = `echo|${context.activity.conversation?.id ?? 'unknown'}`.replace(/[/\\#?]/g, '_');
  const version = randomUUID();
  await table.submitTransaction([
    ['upsert', { partitionKey, rowKey: 'report', data, version }, 'Replace'],
    ['create', { partitionKey, rowKey: `version|${version}`, data }],
  ]);
}

const CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Tack! Din lägesbild är mottagen', wrap: true }],
};

async function turn(context: TurnContext): Promise<void> {
  const { activity } = context;
  if (activity.type === 'invoke') {
    await store(context);
    await context.sendActivity({
      type: 'invokeResponse',
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: CARD } },
    });
  } else if (activity.type === 'message') {
    await context.sendActivity(`Du skrev: ${activity.text ?? ''}`);
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, turn);
});
server.get('/healthz', (_req, res, next) => {
  res.json(200, { status: 'ok' });
  next();
});
async function listen(): Promise<void> {
  if (table) await table.createTable();
  server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
}
void listen();
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
