/**
 * The benchmark's anchor: the barest bot written with the same SDKs as the service (botbuilder's
 * CloudAdapter, anonymous as in local mode, on restify with its body parser). It answers a card
 * action with a small card in the invoke response and a message with an echo through the
 * connector, and stores nothing: what the service does beyond this is what its figures measure.
 * `node dist/scripts/bench/echo-bot.js` with PORT set.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import * as restify from 'restify';

const CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Tack! Din lägesbild är mottagen', wrap: true }],
};

async function turn(context: TurnContext): Promise<void> {
  const { activity } = context;
  if (activity.type === 'invoke') {
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
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
