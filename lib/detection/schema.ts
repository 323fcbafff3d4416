import { z } from '../zod';
import { CLAIM_STATUSES, FRAMEWORKS, PLATFORMS } from './vocab';

/** A partial ISO date as pages state them: a day or just a month. */
export const isoDateOrMonthSchema = z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/));

export const claimSchema = z.object({
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  /** The sentence the claim came from, trimmed to at most 300 characters. */
  quote: z.string().check(z.maxLength(300)),
  period: z.optional(
    z.object({ start: z.optional(isoDateOrMonthSchema), end: z.optional(isoDateOrMonthSchema) }),
  ),
});
export type Claim = z.infer<typeof claimSchema>;

/**
 * A certification the page states for someone other than the vendor: the cloud or hosting provider,
 * a data centre, a payment processor, a sub-processor, an auditor. Kept as a fact about that third
 * party, never as the vendor's claim.
 */
export const thirdPartyClaimSchema = z.object({
  /** The holder as the page names it ("AWS", "our data centers"), at most 120 characters. */
  subject: z.string().check(z.minLength(1), z.maxLength(120)),
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  /** The sentence the fact came from, trimmed to at most 300 characters. */
  quote: z.string().check(z.maxLength(300)),
});
export type ThirdPartyClaim = z.infer<typeof thirdPartyClaimSchema>;

export const subprocessorSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  purpose: z.optional(z.string().check(z.maxLength(300))),
  location: z.optional(z.string().check(z.maxLength(200))),
  /** An AI/LLM or vector-database provider: the seed's "sub-processor sprawl". */
  ai: z.boolean(),
});
export type Subprocessor = z.infer<typeof subprocessorSchema>;

export const vendorGuessSchema = z.object({
  name: z.nullable(z.string().check(z.maxLength(200))),
  /** Registrable domain (eTLD+1); filled by the background or the scanner, never the content script. */
  domain: z.nullable(z.string().check(z.maxLength(253))),
  /** The host that stands for the vendor: the page host, or for hosted platforms a link back to the vendor. */
  host: z.nullable(z.string().check(z.maxLength(253))),
});
export type VendorGuess = z.infer<typeof vendorGuessSchema>;

/** Who owns the page's address (lib/detection/site.ts): set by the background from the URL, never the page. */
export const pageSiteSchema = z.object({
  host: z.string().check(z.maxLength(253)),
  domain: z.nullable(z.string().check(z.maxLength(253))),
  tenant: z.nullable(z.string().check(z.maxLength(300))),
});

export const detectionSchema = z.object({
  url: z.url().check(z.maxLength(4096)),
  title: z.string().check(z.maxLength(1000)),
  isTrustPage: z.boolean(),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  platform: z.nullable(z.enum(PLATFORMS)),
  vendor: z.nullable(vendorGuessSchema),
  claims: z.array(claimSchema).check(z.maxLength(200)),
  /** Absent from detections stored before third-party facts existed: read as none. */
  thirdParty: z._default(z.array(thirdPartyClaimSchema).check(z.maxLength(200)), []),
  subprocessors: z.array(subprocessorSchema).check(z.maxLength(1000)),
  signals: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100)),
  site: z.optional(pageSiteSchema),
});
export type Detection = z.infer<typeof detectionSchema>;
