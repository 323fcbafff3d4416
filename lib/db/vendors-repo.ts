import type { Detection } from '../detection/schema';
import type { AppDB } from './app-db';
import { confirmChanges, diffPage, snapshotOf } from '../changes/diff';
import { vendorSchema, type PageSnapshot, type Tier, type Vendor } from './schema';

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

/** One collator for every sort: String#localeCompare builds one per call, slow with 1,000 vendors. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Vendor records: the repo owns every write and validates it with Zod. */
export function createVendorsRepo(db: AppDB, now: () => number = Date.now) {
  async function findForDetection(detection: Detection): Promise<Vendor | undefined> {
    const domain = detection.vendor?.domain;
    const host = detection.vendor?.host ?? new URL(detection.url).hostname;
    const live = (v: Vendor) => v.deletedAt === null;
    if (domain) {
      const byDomain = await db.vendors.where('domain').equals(domain).filter(live).first();
      if (byDomain) return byDomain;
    }
    return db.vendors.where('hosts').equals(host).filter(live).first();
  }

  /** A new, validated vendor record with fresh id and timestamps and nothing derived yet. */
  function newVendor(
    fields: Omit<Vendor, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'nextStaleOn' | 'summary'>,
  ): Vendor {
    const t = now();
    return vendorSchema.parse({
      ...fields,
      id: crypto.randomUUID(),
      createdAt: t,
      updatedAt: t,
      deletedAt: null,
      nextStaleOn: null,
      summary: null,
    });
  }

  return {
    get: (id: string) => db.vendors.get(id),
    /** Vendors not deleted, by name. */
    // One getAll and a sort in memory: a filtered index cursor costs a round trip per record.
    list: async () =>
      (await db.vendors.toArray())
        .filter((v) => v.deletedAt === null)
        .sort((a, b) => byName.compare(a.name, b.name)),
    findForDetection,

    async create(input: NewVendorInput): Promise<Vendor> {
      const domain = input.domain ? normaliseHost(input.domain) : null;
      const vendor = newVendor({
        name: input.name,
        domain: domain || null,
        hosts: domain ? [domain] : [],
        urls: [],
        platform: null,
        tier: input.tier ?? 'standard',
        source: 'manual',
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
        const vendor = newVendor({
          name: detection.vendor?.name || host,
          domain: detection.vendor?.domain ?? null,
          hosts: [host],
          urls: [detection.url],
          platform: detection.platform,
          tier: 'standard',
          source: 'detected',
          // What the page states now is the baseline a later visit is compared with.
          pageSnapshot: snapshotOf(detection, now()),
          changedAt: null,
        });
        await db.vendors.add(vendor);
        return vendor;
      });
    },

    /**
     * A visit to the vendor's trust page: the first one records the baseline; later ones mark the
     * vendor "changed since review" while the page differs from what was recorded.
     */
    async recordVisit(id: string, page: PageSnapshot): Promise<'baseline' | 'changed' | 'unchanged'> {
      return db.transaction('rw', db.vendors, async () => {
        const v = await db.vendors.get(id);
        if (!v || v.deletedAt !== null) return 'unchanged';
        if (!v.pageSnapshot) {
          await db.vendors.put(vendorSchema.parse({ ...v, pageSnapshot: page, changedAt: null }));
          return 'baseline';
        }
        const changed = diffPage(v.pageSnapshot, page).length > 0;
        if (changed !== !!v.changedAt)
          await db.vendors.put(vendorSchema.parse({ ...v, changedAt: changed ? now() : null }));
        return changed ? 'changed' : 'unchanged';
      });
    },

    /** Takes the confirmed changes (by key) into the recorded snapshot; the rest stay to confirm. */
    async confirmPageChanges(id: string, page: PageSnapshot, keys: ReadonlySet<string>): Promise<Vendor> {
      return db.transaction('rw', db.vendors, async () => {
        const v = await db.vendors.get(id);
        if (!v) throw new Error('This vendor no longer exists');
        const recorded = v.pageSnapshot ? confirmChanges(v.pageSnapshot, page, keys) : page;
        const left = diffPage(recorded, page).length;
        const updated = vendorSchema.parse({
          ...v,
          pageSnapshot: recorded,
          changedAt: left ? (v.changedAt ?? now()) : null,
        });
        await db.vendors.put(updated);
        return updated;
      });
    },

    /**
     * Soft delete: hidden from the list and from page matching, restorable with `restore`. The review
     * service re-derives its reminder rows (a deleted vendor has none) in the same transaction.
     */
    async remove(id: string): Promise<void> {
      const v = await db.vendors.get(id);
      if (v) await db.vendors.put({ ...v, deletedAt: now(), updatedAt: now() });
    },

    async restore(id: string): Promise<void> {
      const v = await db.vendors.get(id);
      if (v) await db.vendors.put({ ...v, deletedAt: null, updatedAt: now() });
    },

    /**
     * Merges `otherId` into `keepId` (one vendor found on trust.acme.com, one on acme.safebase.us):
     * hosts and URLs are united, the other's reviews move over, and the other record is soft-deleted.
     * Nothing is dropped: the moved reviews keep their answers, notes and history.
     */
    async merge(keepId: string, otherId: string): Promise<Vendor> {
      if (keepId === otherId) throw new Error('Choose two different vendors to merge');
      return db.transaction('rw', [db.vendors, db.assessments], async () => {
        const [keep, other] = await Promise.all([db.vendors.get(keepId), db.vendors.get(otherId)]);
        if (!keep || !other) throw new Error('One of these vendors no longer exists');
        const t = now();
        const merged = vendorSchema.parse({
          ...keep,
          domain: keep.domain ?? other.domain,
          hosts: [...new Set([...keep.hosts, ...other.hosts])].slice(0, 100),
          urls: [...new Set([...keep.urls, ...other.urls])].slice(0, 100),
          platform: keep.platform ?? other.platform,
          updatedAt: t,
        });
        await db.vendors.put(merged);
        await db.assessments.where('vendorId').equals(otherId).modify({ vendorId: keepId });
        await db.vendors.put({ ...other, deletedAt: t, updatedAt: t });
        return merged;
      });
    },

    async update(
      id: string,
      patch: Partial<Pick<Vendor, 'name' | 'tier' | 'domain' | 'platform'>>,
    ): Promise<Vendor> {
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
