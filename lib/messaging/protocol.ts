import type { Detection } from '../detection/schema';

/** What reading a page on the reviewer's request found (see lib/detection/gate-background.ts). */
export type ReadOutcome = 'trust-page' | 'not-trust-page' | 'paused' | 'unreadable';

/**
 * THE message protocol: every runtime message Vendorscope sends, grouped by direction.
 * Types only, so a content script can `import type` it without bundling Zod.
 * The background is the only responder; it validates each payload with `./schemas`.
 */
export interface ProtocolMap {
  // content → background
  /** The page in this tab is a trust page; here is what it states. Page-controlled: validate. */
  detectionReported: { data: { detection: Detection }; response: void };
  /** The page (or SPA route) is no longer a trust page. */
  detectionCleared: { data: { url: string }; response: void };
  // extension pages → background
  /** Answers, snoozes or reminder options changed: re-sweep and reschedule. Only our pages may send it. */
  remindersChanged: {
    data: { reason: 'answers' | 'vendors' | 'restore' | 'snooze' | 'settings' };
    response: void;
  };
  /** The reviewer asked the panel to read this tab's page, whatever its address and title say. */
  readPageRequested: { data: { tabId: number }; response: ReadOutcome };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageResponse<K extends MessageType> = ProtocolMap[K]['response'];

/** The wire format; `vs` marks our messages apart from anything else on the runtime bus. */
export interface Envelope<K extends MessageType = MessageType> {
  vs: 1;
  type: K;
  data: MessageData<K>;
}

export type Reply<R = unknown> = { ok: true; res: R } | { ok: false; error: string };
