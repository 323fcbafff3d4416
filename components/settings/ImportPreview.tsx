import type { PlanSummary } from '@/lib/backup/restore-messages';

const TABLE_LABELS: Record<string, string> = {
  vendors: 'Vendors',
  assessments: 'Reviews',
  answers: 'Answers',
  answerHistory: 'Answer history',
  reports: 'Reports',
  notes: 'Notes',
};

/** What an import will do, table by table, before anything is written. */
export function ImportPreview({ plan }: { plan: PlanSummary }) {
  const { total, fromBackup, ours } = plan.conflicts;
  return (
    <>
      <table className="vendor-table">
        <caption>What this import will do</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Updated (backup newer)</th>
            <th scope="col">Kept (yours newer or same)</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(plan.counts).map(([table, c]) => (
            <tr key={table}>
              <th scope="row">{TABLE_LABELS[table] ?? table}</th>
              <td>{c.added}</td>
              <td>{c.updated}</td>
              <td>{c.kept}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {total === 0
          ? 'No conflicts.'
          : `${total} conflicting records: the newer copy wins (${fromBackup} from the backup, ${ours} of yours). Nothing is deleted.`}
      </p>
    </>
  );
}
