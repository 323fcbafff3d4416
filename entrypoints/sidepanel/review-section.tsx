import { useCallback } from 'react';
import { CopyFindingsButton } from '@/components/export/CopyFindingsButton';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { VendorHeader } from '@/components/vendors/VendorHeader';
import { assessmentsRepo, notesRepo, vendorsRepo } from '@/lib/db/repos';
import { NOTE_MAX, type Note, type Tier, type Vendor } from '@/lib/db/schema';
import type { Detection } from '@/lib/detection/schema';
import { findingsToMarkdown } from '@/lib/export/to-markdown';
import { useDebouncedSave } from '@/lib/notes/use-debounced-save';
import { usePanelStore } from './store';

interface Props {
  /** Keys the draft and save state; stable for the life of this review. */
  draftKey: string;
  vendor: Vendor | null;
  detection: Detection | null;
  note: Note | null;
}

const IDLE = { state: 'idle' } as const;

/** Wires the review's vendor header, note and copy button to the repos and the store. */
export function ReviewSection({ draftKey: key, vendor, detection, note }: Props) {
  const draft = usePanelStore((s) => s.drafts[key]);
  const saveState = usePanelStore((s) => s.saveStates[key] ?? IDLE);
  const noteEdited = usePanelStore((s) => s.noteEdited);
  const noteSaveStarted = usePanelStore((s) => s.noteSaveStarted);
  const noteSaved = usePanelStore((s) => s.noteSaved);
  const noteSaveFailed = usePanelStore((s) => s.noteSaveFailed);
  const text = draft ?? note?.body ?? '';

  const save = useCallback(
    async (body: string) => {
      const target = vendor ?? (detection ? await vendorsRepo.ensureForDetection(detection) : null);
      if (!target) throw new Error('There is no vendor to attach this note to.');
      const assessment = await assessmentsRepo.ensureFor(target.id);
      await notesRepo.save({ assessmentId: assessment.id, body });
    },
    [vendor, detection],
  );
  const { schedule, flush } = useDebouncedSave(save, {
    onStart: () => noteSaveStarted(key),
    onSaved: () => noteSaved(key, Date.now()),
    onFailed: (error) => noteSaveFailed(key, error),
  });

  const copy = async () => {
    await flush();
    const markdown = findingsToMarkdown({ vendor, detection, note: text, exportedAt: new Date() });
    await navigator.clipboard.writeText(markdown);
  };

  return (
    <section aria-label="Review" className="card">
      {vendor ? (
        <VendorHeader
          vendor={vendor}
          onTierChange={(tier: Tier) =>
            void vendorsRepo
              .update(vendor.id, { tier })
              .catch((err: unknown) => noteSaveFailed(key, String(err)))
          }
        />
      ) : (
        <p className="muted">Start typing a note to save this vendor to your reviews.</p>
      )}
      <NoteEditor
        value={text}
        saveState={saveState}
        maxLength={NOTE_MAX}
        onChange={(body) => {
          noteEdited(key, body);
          schedule(body);
        }}
        onRetry={() => {
          schedule(text);
          void flush();
        }}
      />
      <CopyFindingsButton onCopy={copy} />
    </section>
  );
}
