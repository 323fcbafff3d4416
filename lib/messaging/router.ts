import type { MessageData, MessageResponse, MessageType, Reply } from './protocol';
import { envelopeSchema, messageSchemas } from './schemas';

/** What the background knows about who sent a message, taken from the browser, not the page. */
export interface TrustedSender {
  tabId: number | undefined;
  frameId: number | undefined;
  url: string | undefined;
}

export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: TrustedSender,
) => MessageResponse<K> | Promise<MessageResponse<K>>;

/** Minimal shape of runtime.MessageSender we rely on. */
export interface RawSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Routes runtime messages to one handler per type, after checking the sender is our own extension
 * and the payload matches its Zod schema. Anything else is dropped and counted, never thrown:
 * a hostile page must not be able to crash the worker.
 */
export function createMessageRouter(ownId: string, log: (msg: string) => void = console.debug) {
  const handlers = new Map<MessageType, Handler<MessageType>>();
  const dropped = { count: 0, lastReason: '' };

  function drop(reason: string): undefined {
    dropped.count += 1;
    dropped.lastReason = reason;
    log(`[vendorscope] dropped message #${dropped.count}: ${reason}`);
    return undefined;
  }

  return {
    dropped,
    on<K extends MessageType>(type: K, handler: Handler<K>) {
      if (handlers.has(type)) throw new Error(`A handler for "${type}" is already registered`);
      handlers.set(type, handler as unknown as Handler<MessageType>);
    },
    /** Returns a Promise of the reply for our messages, or undefined when the message is dropped. */
    dispatch(message: unknown, sender: RawSender): Promise<Reply> | undefined {
      if (sender.id !== ownId) return drop(`foreign sender ${String(sender.id)}`);
      const envelope = envelopeSchema.safeParse(message);
      if (!envelope.success) return drop('not a Vendorscope message');
      const { type } = envelope.data;
      const handler = handlers.get(type);
      if (!handler) return drop(`no handler for ${type}`);
      const data = messageSchemas[type].safeParse(envelope.data.data);
      if (!data.success) return drop(`invalid ${type}: ${data.error.issues[0]?.message ?? 'bad payload'}`);
      const trusted: TrustedSender = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
      return Promise.resolve()
        .then(() => handler(data.data, trusted))
        .then(
          (res): Reply => ({ ok: true, res }),
          (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
        );
    },
  };
}

export type MessageRouter = ReturnType<typeof createMessageRouter>;
