import type { TeamsAdapter } from '@microsoft/teams-ai';
import {
  CardFactory,
  MessageFactory,
  TurnContext,
  type ConversationParameters,
  type ConversationReference,
  type Activity,
} from 'botbuilder';
import {
  classifyFailure,
  type ChannelTarget,
  type ConversationTarget,
  type Messenger,
  type OutgoingMessage,
  type PersonTarget,
  type SendOutcome,
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

/**
 * The SDK's connector client retries 429 and 5xx by itself (three more times, holding the sender
 * for up to a minute and hiding the outcome). The outbox decides about retries, so each attempt
 * must be exactly one request: the retry policy is taken out of this turn's connector pipeline.
 * (Creating a new 1:1 chat, rare, still goes through the SDK's own retries.)
 */
function withoutSdkRetries(connector: unknown): void {
  const pipeline = (
    connector as { client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } } | undefined
  )?.client?.pipeline;
  pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

function activityOf(message: OutgoingMessage): Partial<Activity> {
  return 'text' in message
    ? MessageFactory.text(message.text)
    : MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
}

/**
 * Sends through the Bot Framework adapter: into the stored conversation, or into a 1:1 chat it
 * creates (the bot is installed in the person's team, so it may). Errors are caught inside the
 * callbacks (with `onTurnError` set the adapter would swallow them) and classified.
 */
export class BotMessenger implements Messenger {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly botAppId: string,
  ) {}

  async sendToChannel(target: ChannelTarget, message: OutgoingMessage): Promise<SendOutcome> {
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
    );
  }

  async sendToPerson(target: PersonTarget, message: OutgoingMessage): Promise<SendOutcome> {
    let outcome: SendOutcome = { kind: 'transient' };
    const send = async (context: TurnContext, created: boolean) => {
      withoutSdkRetries(context.turnState.get(this.adapter.ConnectorClientKey));
      try {
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
