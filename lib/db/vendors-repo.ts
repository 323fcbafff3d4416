import type { Detection } from '../detection/schema';
import type { AppDB } from './app-db';
import { vendorSchema, type Tier, type Vendor } from './schema';

export interface NewVendorInput {
  name: string;
  domain?: string | null;
  tier?: Tier;
}

/** Normalises what a reviewer types as a domain ("https://www.Acme.com/x" → "acme.com"-ish host). */
export function normaliseHost(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname.replace(/^www\./, '');
  } catch {
    return trimmed;
  }
}

/** Vendor records: the repo owns every write and validates it with Zod. */
export function createVendorsRepo(db: AppDB, now: () => number = Date.now) {
  async function findForDetection(detection: Detection): Promise<Vendor | undefined> {
    const domain = detection.vendor?.domain;
    const host = detection.vendor?.host ?? new URL(detection.url).hostname;
    if (domain) {
      const byDomain = await db.vendors.where('domain').equals(domain).first();
      if (byDomain) return byDomain;
    }
    return db.vendors.where('hosts').equals(host).first();
  }

  return {
    get: (id: string) => db.vendors.get(id),
    list: () => db.vendors.orderBy('name').toArray(),
    findForDetection,

    async create(input: NewVendorInput): Promise<Vendor> {
      const t = now();
      const domain = input.domain ? normaliseHost(input.domain) : null;
      const vendor = vendorSchema.parse({
        id: crypto.randomUUID(),
        name: input.name,
        domain: domain || null,
        hosts: domain ? [domain] : [],
        urls: [],
        platform: null,
        tier: input.tier ?? 'standard',
        source: 'manual',
        createdAt: t,
        updatedAt: t,
      });
      await db.vendors.add(vendor);
      return vendor;
    },

    /** The vendor this detection is about, created from the page if we have never seen it. */
    async ensureForDetection(detection: Detection): Promise<Vendor> {
      return db.transaction('rw', db.vendors, async () => {
        const host = detection.vendor?.host ?? new URL(detection.url).hostname;
        const existing = await findForDetection(detection);
        if (existing) {
          const hosts = existing.hosts.includes(host)
            ? existing.hosts
            : [...existing.hosts, host].slice(-100);
          const urls = existing.urls.includes(detection.url)
            ? existing.urls
            : [...existing.urls, detection.url].slice(-100);
          if (hosts === existing.hosts && urls === existing.urls) return existing;
          const updated = vendorSchema.parse({ ...existing, hosts, urls, updatedAt: now() });
          await db.vendors.put(updated);
          return updated;
        }
        const t = now();
        const vendor = vendorSchema.parse({
          id: crypto.randomUUID(),
          name: detection.vendor?.name || host,
          domain: detection.vendor?.domain ?? null,
          hosts: [host],
          urls: [detection.url],
          platform: detection.platform,
          tier: 'standard',
          source: 'detected',
          createdAt: t,
          updatedAt: t,
        });
        await db.vendors.add(vendor);
        return vendor;
      });
    },

    async update(id: string, patch: Partial<Pick<Vendor, 'name' | 'tier' | 'domain'>>): Promise<Vendor> {
      return db.transaction('rw', db.vendors, async () => {
        const existing = await db.vendors.get(id);
        if (!existing) throw new Error('This vendor no longer exists');
        const updated = vendorSchema.parse({ ...existing, ...patch, updatedAt: now() });
        await db.vendors.put(updated);
        return updated;
      });
    },
  };
}

export type VendorsRepo = ReturnType<typeof createVendorsRepo>;
