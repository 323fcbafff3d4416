import { z } from 'zod';
import { CLAIM_STATUSES, FRAMEWORKS, PLATFORMS } from './vocab';

/** A partial ISO date as pages state them: a day or just a month. */
export const isoDateOrMonthSchema = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

export const claimSchema = z.object({
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  /** The sentence the claim came from, trimmed to at most 300 characters. */
  quote: z.string().max(300),
  period: z
    .object({ start: isoDateOrMonthSchema.optional(), end: isoDateOrMonthSchema.optional() })
    .optional(),
});
export type Claim = z.infer<typeof claimSchema>;

/**
 * A certification the page states for someone other than the vendor: the cloud or hosting provider,
 * a data centre, a payment processor, a sub-processor, an auditor. Kept as a fact about that third
 * party, never as the vendor's claim.
 */
export const thirdPartyClaimSchema = z.object({
  /** The holder as the page names it ("AWS", "our data centers"), at most 120 characters. */
  subject: z.string().min(1).max(120),
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  /** The sentence the fact came from, trimmed to at most 300 characters. */
  quote: z.string().max(300),
});
export type ThirdPartyClaim = z.infer<typeof thirdPartyClaimSchema>;

export const subprocessorSchema = z.object({
  name: z.string().min(1).max(200),
  purpose: z.string().max(300).optional(),
  location: z.string().max(200).optional(),
  /** An AI/LLM or vector-database provider: the seed's "sub-processor sprawl". */
  ai: z.boolean(),
});
export type Subprocessor = z.infer<typeof subprocessorSchema>;

export const vendorGuessSchema = z.object({
  name: z.string().max(200).nullable(),
  /** Registrable domain (eTLD+1); filled by the background or the scanner, never the content script. */
  domain: z.string().max(253).nullable(),
  /** The host that stands for the vendor: the page host, or for hosted platforms a link back to the vendor. */
  host: z.string().max(253).nullable(),
});
export type VendorGuess = z.infer<typeof vendorGuessSchema>;

/** Who owns the page's address (lib/detection/site.ts): set by the background from the URL, never the page. */
export const pageSiteSchema = z.object({
  host: z.string().max(253),
  domain: z.string().max(253).nullable(),
  tenant: z.string().max(300).nullable(),
});

export const detectionSchema = z.object({
  url: z.url().max(4096),
  title: z.string().max(1000),
  isTrustPage: z.boolean(),
  confidence: z.number().min(0).max(1),
  platform: z.enum(PLATFORMS).nullable(),
  vendor: vendorGuessSchema.nullable(),
  claims: z.array(claimSchema).max(200),
  /** Absent from detections stored before third-party facts existed: read as none. */
  thirdParty: z.array(thirdPartyClaimSchema).max(200).default([]),
  subprocessors: z.array(subprocessorSchema).max(1000),
  signals: z.array(z.string().max(80)).max(100),
  site: pageSiteSchema.optional(),
});
export type Detection = z.infer<typeof detectionSchema>;
