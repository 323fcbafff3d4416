import { z } from 'zod';
import { CLAIM_STATUSES, FRAMEWORKS, PLATFORMS } from '../detection/vocab';

/**
 * Zod records for everything Vendorscope stores. Types are inferred from these schemas; every write
 * goes through a repo that parses with them, and every read of a whole record can be re-validated.
 */

export const TIERS = ['standard', 'high-stakes', 'regulated'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Not a real calendar date',
    },
  );

const idSchema = z.string().min(1).max(64);
const timestampSchema = z.number().int().nonnegative();
const hostSchema = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/i, 'Not a host name');

export const evidenceSchema = z.object({
  url: z.url().max(4096),
  quote: z.string().max(2000),
  capturedAt: timestampSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const vendorSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'A vendor needs a name').max(200),
  /** Registrable domain (eTLD+1), e.g. acme.com; null for a vendor known only from a PDF. */
  domain: hostSchema.nullable(),
  hosts: z.array(hostSchema).max(100),
  urls: z.array(z.url().max(4096)).max(100),
  platform: z.enum(PLATFORMS).nullable(),
  tier: tierSchema,
  source: z.enum(['detected', 'manual']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Vendor = z.infer<typeof vendorSchema>;

export const assessmentSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  reviewer: z.string().max(200),
  status: z.enum(['draft', 'final']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const answerSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  questionId: z.string().min(1).max(100),
  /** Shape depends on the question's answer type; the question bank validates it. */
  value: z.unknown(),
  note: z.string().max(20000),
  evidence: z.array(evidenceSchema).max(50),
  updatedAt: timestampSchema,
});
export type Answer = z.infer<typeof answerSchema>;

export const reportSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  issuedOn: isoDateSchema.nullable(),
  updatedAt: timestampSchema,
});
export type Report = z.infer<typeof reportSchema>;

export const NOTE_MAX = 100_000;
export const noteSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  body: z.string().max(NOTE_MAX, `A note can hold at most ${NOTE_MAX.toLocaleString('en')} characters`),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Note = z.infer<typeof noteSchema>;
