import { browser } from 'wxt/browser';
import type { Envelope, MessageData, MessageResponse, MessageType, Reply } from './protocol';

/** Sends a typed message to the background. Leaf module: safe to import from a content script. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
): Promise<MessageResponse<K>> {
  const envelope: Envelope<K> = { vs: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<MessageResponse<K>> | undefined;
  if (!reply) throw new Error(`No handler answered "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.res;
}
