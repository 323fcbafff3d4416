// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import { assessmentsRepo, notesRepo } from '@/lib/db/repos';
// The service the page's deferred one (lib/review/page-service.ts) calls: spied on to make saves fail.
import { reviewService } from '@/lib/db/page-data';
import { ReviewSection } from './review-section';
import { usePanelStore } from './store';
import { EMPTY_REVIEW } from '@/lib/db/read-review';

afterEach(async () => {
  cleanup();
  usePanelStore.setState({ drafts: {}, saveStates: {} });
  await db.delete();
  await db.open();
});

describe('review section autosave', () => {
  it('keeps the text and says so when storage fails, then saves on retry', async () => {
    const vendor = await reviewService.createVendor({ name: 'Acme' });
    const quota = Object.assign(new Error('QuotaExceededError: the disk is full.'), {
      name: 'QuotaExceededError',
    });
    const save = vi.spyOn(reviewService, 'saveNote').mockRejectedValueOnce(quota);

    render(
      <ReviewSection
        draftKey={`vendor:${vendor.id}`}
        review={{ ...EMPTY_REVIEW, vendor }}
        detection={null}
        target={{ vendorId: vendor.id }}
      />,
    );
    const textarea = screen.getByLabelText('Reviewer notes');
    fireEvent.change(textarea, { target: { value: 'Exceptions in CC7.2 — ask why.' } });

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining(
        'Couldn’t save your note: QuotaExceededError: the disk is full. Your text is still here.',
      ),
    );
    expect((textarea as HTMLTextAreaElement).value).toBe('Exceptions in CC7.2 — ask why.');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    });
    expect(await screen.findByText('Saved on this computer')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(2);
    const assessment = await assessmentsRepo.latestFor(vendor.id);
    expect((await notesRepo.forAssessment(assessment!.id))?.body).toBe('Exceptions in CC7.2 — ask why.');
  });
});

describe('two windows on one review', () => {
  it('shows the other window’s text beside mine and saves what the reviewer chooses', async () => {
    const vendor = await reviewService.createVendor({ name: 'Acme' });
    const target = { vendorId: vendor.id };
    const first = await reviewService.saveNote(target, 'v1');
    const assessment = (await assessmentsRepo.latestFor(vendor.id))!;
    render(
      <ReviewSection
        draftKey={`vendor:${vendor.id}:two-windows`}
        review={{ ...EMPTY_REVIEW, vendor, assessment, note: first }}
        detection={null}
        target={target}
      />,
    );
    const textarea = screen.getByLabelText('Reviewer notes');
    fireEvent.change(textarea, { target: { value: 'v1 — mine' } });
    // The other window saves first, from the same revision.
    await reviewService.saveNote(target, 'v1 — theirs', { rev: first.rev!, value: 'v1' });

    const choice = await screen.findByRole('group', { name: 'Changed in another window: your note' });
    expect(choice.textContent).toContain('v1 — theirs');
    expect((textarea as HTMLTextAreaElement).value).toBe('v1 — mine');
    expect((await notesRepo.forAssessment(assessment.id))?.body).toBe('v1 — theirs');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    });
    await vi.waitFor(async () =>
      expect((await notesRepo.forAssessment(assessment.id))?.body).toBe('v1 — theirs\n\nv1 — mine'),
    );
    expect(screen.queryByRole('group', { name: /Changed in another window/ })).toBeNull();
  });
});

describe('save errors are said, keep what was entered, and offer Retry', () => {
  it('an answer that fails to save', async () => {
    const vendor = await reviewService.createVendor({ name: 'Acme' });
    const save = vi
      .spyOn(reviewService, 'saveAnswer')
      .mockRejectedValueOnce(new Error('QuotaExceededError.'));
    render(
      <ReviewSection
        draftKey={`vendor:${vendor.id}:answer-error`}
        review={{ ...EMPTY_REVIEW, vendor }}
        detection={null}
        target={{ vendorId: vendor.id }}
      />,
    );
    const typeII = await screen.findByRole('radio', { name: 'Type II' });
    fireEvent.click(typeII);
    expect(
      await screen.findByText(/Couldn’t save: QuotaExceededError\. What you entered is kept here\./),
    ).toBeTruthy();
    expect((typeII as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    });
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const assessment = await assessmentsRepo.latestFor(vendor.id);
    await vi.waitFor(async () =>
      expect((await db.answers.where('assessmentId').equals(assessment!.id).toArray())[0]?.value).toBe(
        'type-2',
      ),
    );
  });

  it('a tier change that fails to save', async () => {
    const vendor = await reviewService.createVendor({ name: 'Acme' });
    const setTier = vi.spyOn(reviewService, 'setTier').mockRejectedValueOnce(new Error('The disk is full.'));
    render(
      <ReviewSection
        draftKey={`vendor:${vendor.id}:tier-error`}
        review={{ ...EMPTY_REVIEW, vendor }}
        detection={null}
        target={{ vendorId: vendor.id }}
      />,
    );
    fireEvent.change(screen.getByLabelText('Deployment tier'), { target: { value: 'regulated' } });
    expect(
      await screen.findByText(
        /Couldn’t change the tier to Regulated .*The disk is full\. The tier is still Standard\./,
      ),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    });
    await vi.waitFor(async () => expect((await db.vendors.get(vendor.id))?.tier).toBe('regulated'));
    expect(setTier).toHaveBeenCalledTimes(2);
  });
});
