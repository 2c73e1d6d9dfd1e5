import {
  CardFactory,
  MessageFactory,
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import {
  classifyFailure,
  type ChannelTarget,
  type ConversationTarget,
  type Messenger,
  type OutgoingMessage,
  type PersonTarget,
  type SendOutcome,
  type WirePacing,
} from './messenger';

interface HttpFailure {
  statusCode?: number;
  response?: { headers?: { get?(name: string): string | undefined | null } | Record<string, string> };
}

function statusAndRetryAfter(error: unknown): { status?: number; retryAfter?: string | null } {
  const failure = error as HttpFailure;
  const headers = failure?.response?.headers;
  const retryAfter =
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get(name: string): string | undefined | null }).get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  return { status: typeof failure?.statusCode === 'number' ? failure.statusCode : undefined, retryAfter };
}

/** The pipeline of a connector client; structural, so that only storage/ imports the Azure SDK. */
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(
    policy: {
      name: string;
      sendRequest(request: unknown, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
    },
    options: { phase: 'Sign' },
  ): void;
}

function pipelineOf(client: unknown): Pipeline {
  const pipeline = (client as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
  if (!pipeline) throw new Error('the connector client has no pipeline');
  return pipeline;
}

/**
 * The SDK's connector client retries 429 and 5xx by itself (three more times, holding the sender
 * for up to a minute and hiding the outcome). The outbox decides about retries, so each attempt
 * is exactly one request: the retry policy is taken out of every client made for a proactive send.
 */
function withoutSdkRetries(client: unknown): void {
  pipelineOf(client).removePolicy({ name: 'defaultRetryPolicy' });
}

const WIRE_PACING = 'lagesbildWirePacing';

/**
 * Each request of this send's connector client (one per send) waits for `pace` in the pipeline's
 * last phase, after it is built and signed (in Azure: after the token from Entra ID): the sender's
 * limits are kept on the wire, where Teams counts them, not before the work that precedes a request.
 */
function pacedOnTheWire(client: unknown, pace: WirePacing): void {
  const pipeline = pipelineOf(client);
  pipeline.removePolicy({ name: WIRE_PACING });
  pipeline.addPolicy(
    {
      name: WIRE_PACING,
      async sendRequest(request, next) {
        await pace();
        return next(request);
      },
    },
    { phase: 'Sign' },
  );
}

function activityOf(message: OutgoingMessage): Partial<Activity> {
  return 'text' in message
    ? MessageFactory.text(message.text)
    : MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
}

/** What a proactive send needs of the bot's adapter (`bot/adapter.ts`'s `BotAdapter` is one). */
export type ProactiveAdapter = Pick<
  CloudAdapter,
  'continueConversationAsync' | 'createConversationAsync' | 'ConnectorClientKey'
> & {
  /** Runs `setup` on every connector client made for a proactive send, before its first request. */
  onProactiveConnectorClient(setup: (client: ConnectorClient) => void): void;
};

/**
 * Sends through the Bot Framework adapter: into the stored conversation, or into a 1:1 chat it
 * creates (the bot is installed in the person's team, so it may). Errors are caught inside the
 * callbacks (with `onTurnError` set the adapter would swallow them) and classified.
 */
export class BotMessenger implements Messenger {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly botAppId: string,
  ) {
    adapter.onProactiveConnectorClient(withoutSdkRetries);
  }

  async sendToChannel(target: ChannelTarget, message: OutgoingMessage, pace?: WirePacing): Promise<SendOutcome> {
    const reference: Partial<ConversationReference> = {
      serviceUrl: target.serviceUrl,
      channelId: 'msteams',
      bot: { id: this.botAppId || 'bot', name: 'Lägesbild' },
      conversation: {
        id: target.channelId,
        isGroup: true,
        conversationType: 'channel',
        tenantId: target.tenantId,
        name: '',
      },
    };
    return this.sendToPerson(
      { tenantId: target.tenantId, serviceUrl: target.serviceUrl, teamsUserId: '', reference },
      message,
      pace,
    );
  }

  async sendToPerson(target: PersonTarget, message: OutgoingMessage, pace?: WirePacing): Promise<SendOutcome> {
    let outcome: SendOutcome = { kind: 'transient' };
    const send = async (context: TurnContext, created: boolean) => {
      try {
        if (pace) pacedOnTheWire(context.turnState.get(this.adapter.ConnectorClientKey), pace);
        const response = await context.sendActivity(activityOf(message));
        const reference = TurnContext.getConversationReference(context.activity) as ConversationReference;
        const conversation: ConversationTarget = {
          conversationId: reference.conversation.id,
          serviceUrl: reference.serviceUrl,
          reference: { ...reference },
          created,
        };
        outcome = { kind: 'sent', activityId: response?.id, conversation };
      } catch (error) {
        const { status, retryAfter } = statusAndRetryAfter(error);
        outcome = classifyFailure(status, retryAfter);
      }
    };
    try {
      if (target.reference) {
        await this.adapter.continueConversationAsync(this.botAppId, target.reference, (context) =>
          send(context, false),
        );
      } else {
        const parameters: ConversationParameters = {
          isGroup: false,
          bot: { id: this.botAppId || 'bot', name: 'Lägesbild' },
          members: [{ id: target.teamsUserId, name: '' }],
          tenantId: target.tenantId,
          channelData: { tenant: { id: target.tenantId } },
          activity: undefined,
          topicName: '',
        };
        // The adapter makes the client for creating the chat inside this call, so that request is
        // paced just before it (a chat is created once per person); the send into it on the wire.
        if (pace) await pace();
        await this.adapter.createConversationAsync(
          this.botAppId,
          'msteams',
          target.serviceUrl,
          '',
          parameters,
          (context) => send(context, true),
        );
      }
    } catch (error) {
      // createConversation itself failed (403 when the app is not installed for the person, 429, …).
      const { status, retryAfter } = statusAndRetryAfter(error);
      outcome = classifyFailure(status, retryAfter);
    }
    return outcome;
  }
}
