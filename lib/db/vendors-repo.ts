import type { Detection } from '../detection/schema';
import type { AppDB } from './app-db';
import { confirmChanges, diffPage, snapshotOf } from '../changes/diff';
import { cleanText } from '../text/clean-text';
import { vendorSchema, type PageSnapshot, type Tier, type Vendor } from './schema';
import { isLiveVendorRow, vendorLookup } from './vendor-lookup';

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

/**
 * The vendor a recognised page belongs to, by what the page cannot forge for another origin: its own
 * registrable domain, or (on shared hosting) its tenant, linked to a vendor by the reviewer. What the
 * page SAYS it is (a link back to victim-corp.example) never matches: see claimedVendor.
 */
export async function findVendorForDetection(db: AppDB, detection: Detection): Promise<Vendor | undefined> {
  const lookup = vendorLookup(detection);
  if (!lookup) return undefined;
  return db.vendors.where(lookup.index).equals(lookup.key).filter(isLiveVendorRow).first();
}

/** Vendor records: the repo owns every write and validates it with Zod. */
export function createVendorsRepo(db: AppDB, now: () => number = Date.now) {
  const findForDetection = (detection: Detection) => findVendorForDetection(db, detection);

  /**
   * A vendor on record that a page on shared hosting says it belongs to (its links point to that
   * vendor's domain), while the reviewer has not linked the two: offered as a hint, never matched.
   */
  async function claimedVendor(detection: Detection): Promise<Vendor | undefined> {
    const claimed = detection.vendor?.domain;
    if (!detection.site?.tenant || !claimed) return undefined;
    return db.vendors
      .where('domain')
      .equals(claimed)
      .filter((v) => v.deletedAt === null)
      .first();
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
    claimedVendor,

    async create(input: NewVendorInput): Promise<Vendor> {
      const domain = input.domain ? normaliseHost(input.domain) : null;
      const vendor = newVendor({
        name: cleanText(input.name).trim(),
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

    /**
     * The vendor this detection is about, created from the page if we have never seen it. A vendor
     * created on shared hosting is keyed by its tenant only: never by the domain the page claims.
     */
    async ensureForDetection(detection: Detection): Promise<Vendor> {
      return db.transaction('rw', db.vendors, async () => {
        const site = detection.site;
        if (!site) throw new Error('This page’s address was not checked; reload it and try again.');
        const existing = await findForDetection(detection);
        if (existing) {
          const hosts = existing.hosts.includes(site.host)
            ? existing.hosts
            : [...existing.hosts, site.host].slice(-100);
          const urls = existing.urls.includes(detection.url)
            ? existing.urls
            : [...existing.urls, detection.url].slice(-100);
          if (hosts === existing.hosts && urls === existing.urls) return existing;
          const updated = vendorSchema.parse({ ...existing, hosts, urls, updatedAt: now() });
          await db.vendors.put(updated);
          return updated;
        }
        const vendor = newVendor({
          name: cleanText(detection.vendor?.name ?? '').trim() || site.host,
          domain: site.domain,
          hosts: [site.host],
          tenants: site.tenant ? [site.tenant] : [],
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

    /** The reviewer confirms a shared-hosting tenant is this vendor's: pages there match it from now on. */
    async linkTenant(id: string, tenant: string): Promise<Vendor> {
      const v = await db.vendors.get(id);
      if (!v || v.deletedAt !== null) throw new Error('This vendor no longer exists');
      const tenants = [...new Set([...(v.tenants ?? []), tenant])].slice(-50);
      const updated = vendorSchema.parse({ ...v, tenants, updatedAt: now() });
      await db.vendors.put(updated);
      return updated;
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
          tenants: [...new Set([...(keep.tenants ?? []), ...(other.tenants ?? [])])].slice(0, 50),
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
        const name = patch.name === undefined ? existing.name : cleanText(patch.name).trim();
        const updated = vendorSchema.parse({ ...existing, ...patch, name, updatedAt: now() });
        await db.vendors.put(updated);
        return updated;
      });
    },
  };
}

export type VendorsRepo = ReturnType<typeof createVendorsRepo>;
