import { describe, expect, it } from 'vitest';
import { freshDb } from '@/tests/helpers/test-db';
import { withRegistrableDomain } from '../detection/domain';
import type { Detection } from '../detection/schema';
import { createAssessmentsRepo } from './assessments-repo';
import { createNotesRepo } from './notes-repo';
import { createVendorsRepo, normaliseHost } from './vendors-repo';

const detection = (url: string, host: string, domain: string | null, name = 'Acme'): Detection =>
  withRegistrableDomain({
    url,
    title: `${name} Trust Center`,
    isTrustPage: true,
    confidence: 0.9,
    platform: 'self-hosted',
    vendor: { name, domain, host },
    claims: [],
    thirdParty: [],
    subprocessors: [],
    signals: [],
  });

describe('vendors repo', () => {
  it('creates a vendor from a detection once, and recognises it on another host of the same domain', async () => {
    const repo = createVendorsRepo(freshDb());
    const a = await repo.ensureForDetection(
      detection('https://trust.acme.com/', 'trust.acme.com', 'acme.com'),
    );
    const b = await repo.ensureForDetection(detection('https://acme.com/security', 'acme.com', 'acme.com'));
    expect(b.id).toBe(a.id);
    expect(b.hosts).toEqual(['trust.acme.com', 'acme.com']);
    expect(b.urls).toEqual(['https://trust.acme.com/', 'https://acme.com/security']);
    expect(await repo.list()).toHaveLength(1);
  });

  it('creates vendors by hand with a normalised domain and validates names', async () => {
    const repo = createVendorsRepo(freshDb());
    const v = await repo.create({ name: '  Acme  ', domain: 'https://www.Acme.com/security' });
    expect(v).toMatchObject({ name: 'Acme', domain: 'acme.com', source: 'manual', tier: 'standard' });
    await expect(repo.create({ name: '   ' })).rejects.toThrow(/needs a name/);
    expect(await repo.list()).toHaveLength(1);
  });

  it('updates the tier and refuses an unknown one without changing the record', async () => {
    const repo = createVendorsRepo(freshDb());
    const v = await repo.create({ name: 'Acme' });
    expect((await repo.update(v.id, { tier: 'regulated' })).tier).toBe('regulated');
    await expect(repo.update(v.id, { tier: 'yolo' as never })).rejects.toThrow();
    expect((await repo.get(v.id))?.tier).toBe('regulated');
  });

  it('normalises hosts', () => {
    expect(normaliseHost('HTTPS://WWW.Example.COM/a?b')).toBe('example.com');
    expect(normaliseHost('trust.example.com')).toBe('trust.example.com');
    expect(normaliseHost('  ')).toBe('');
  });
});

describe('notes repo', () => {
  it('keeps one note per assessment and updates it in place', async () => {
    const db = freshDb();
    const vendor = await createVendorsRepo(db).create({ name: 'Acme' });
    const assessment = await createAssessmentsRepo(db).ensureFor(vendor.id);
    expect((await createAssessmentsRepo(db).ensureFor(vendor.id)).id).toBe(assessment.id);
    const notes = createNotesRepo(db);
    const first = await notes.save({ assessmentId: assessment.id, body: 'first' });
    const second = await notes.save({ assessmentId: assessment.id, body: 'second' });
    expect(second.id).toBe(first.id);
    expect((await notes.forAssessment(assessment.id))?.body).toBe('second');
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses an over-long note and keeps the stored one', async () => {
    const db = freshDb();
    const notes = createNotesRepo(db);
    await notes.save({ assessmentId: 'a1', body: 'kept' });
    await expect(notes.save({ assessmentId: 'a1', body: 'x'.repeat(100_001) })).rejects.toThrow(/at most/);
    expect((await notes.forAssessment('a1'))?.body).toBe('kept');
  });
});
