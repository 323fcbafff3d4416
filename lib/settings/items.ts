import { z } from '../zod';
import { storage } from 'wxt/utils/storage';
import { normaliseSite } from './paused-sites';

export const pausedSitesSchema = z
  .array(
    z
      .string()
      .check(
        z.refine((s) => normaliseSite(s) === s, { message: 'Not a site name such as trust.example.com' }),
      ),
  )
  .check(z.maxLength(1000));

/** Sites where Vendorscope's gate injects nothing. Versioned so later shapes can migrate. */
export const pausedSitesItem = storage.defineItem<string[]>('local:pausedSites', {
  fallback: [],
  version: 1,
});

/** Reads the pause list, validated; a corrupt value reads as empty rather than breaking the options page. */
export async function readPausedSites(): Promise<string[]> {
  const parsed = pausedSitesSchema.safeParse(await pausedSitesItem.getValue());
  return parsed.success ? parsed.data : [];
}

export async function writePausedSites(sites: string[]): Promise<void> {
  await pausedSitesItem.setValue(pausedSitesSchema.parse([...new Set(sites)].sort()));
}
