import { z } from '../zod';
import { detectionSchema } from '../detection/schema';
import type { MessageData, MessageType } from './protocol';

/** Zod schemas for every payload in the ProtocolMap; used by the receiver (background) only. */
export const messageSchemas = {
  detectionReported: z.object({ detection: detectionSchema }),
  detectionCleared: z.object({ url: z.url().check(z.maxLength(4096)) }),
  remindersChanged: z.object({ reason: z.enum(['answers', 'vendors', 'restore', 'snooze', 'settings']) }),
  readPageRequested: z.object({ tabId: z.number().check(z.int(), z.nonnegative()) }),
} satisfies { [K in MessageType]: z.ZodMiniType<MessageData<K>> };

export const envelopeSchema = z.object({
  vs: z.literal(1),
  type: z.enum(Object.keys(messageSchemas) as [MessageType, ...MessageType[]]),
  data: z.unknown(),
});
