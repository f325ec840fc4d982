/**
 * The browser floor: the same JSON the app's screens fetch, in a bare React table with no
 * app around it (no stores, no router, no table library, no virtualisation, no styles):
 * what a page of these rows costs at the least. `?screen=portfolio|review|timeline&entry=<id>`.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

const token = /token=([A-Za-z0-9_-]+)/.exec(location.hash)?.[1] ?? '';
const params = new URLSearchParams(location.search);

async function rpc<T>(method: string, input: unknown): Promise<T> {
  const res = await fetch(`/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; value: T };
  return body.value;
}

interface Entry { id: string; name: string; targetCountry: string; status: string; startDate: string; targetDate: string; programManager: string }
interface Summary { entryId: string; readinessPercent: number; overdue: number }

function Portfolio() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [summaries, setSummaries] = useState<Map<string, Summary>>(new Map());
  const [desc, setDesc] = useState<boolean | null>(null);
  const [search, setSearch] = useState('');
  useEffect(() => {
    const today = new Date().toISOString().slice(0, 10);
    void rpc<Entry[]>('entries.list', { includeArchived: false }).then(setEntries);
    void rpc<Summary[]>('portfolio.summary', { today }).then((s) => setSummaries(new Map(s.map((x) => [x.entryId, x]))));
  }, []);
  const rows = useMemo(() => {
    const list = (entries ?? []).filter((e) => !search || e.name.toLowerCase().includes(search.toLowerCase()));
    if (desc !== null) list.sort((a, b) => (desc ? -1 : 1) * a.name.localeCompare(b.name));
    return list;
  }, [entries, search, desc]);
  if (!entries) return null;
  return (
    <div>
      <input id="floor-search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <p id="floor-count">{rows.length} entries</p>
      <table id="floor-table">
        <thead>
          <tr>
            <th><button id="floor-sort" onClick={() => setDesc(desc === null ? false : !desc)}>Name</button></th>
            <th>Country</th><th>Status</th><th>Start</th><th>Target</th><th>Manager</th><th>Readiness</th><th>Overdue</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const s = summaries.get(e.id);
            return (
              <tr key={e.id}>
                <td>{e.name}</td><td>{e.targetCountry}</td><td>{e.status}</td><td>{e.startDate}</td><td>{e.targetDate}</td><td>{e.programManager}</td>
                <td>{s ? `${s.readinessPercent.toFixed(0)} %` : '…'}</td><td>{s?.overdue ?? '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface QueueRow { item: { id: string; title: string; category: string; dueDate: string | null; evidence: unknown[] }; entryName: string; entryCountry: string }

function Review() {
  const [rows, setRows] = useState<QueueRow[] | null>(null);
  const [desc, setDesc] = useState<boolean | null>(null);
  useEffect(() => {
    void rpc<{ rows: QueueRow[] }>('review.queue', { page: 1, pageSize: 100, ...(desc === null ? {} : { sort: { by: 'title', desc } }) }).then((p) => setRows(p.rows));
  }, [desc]);
  if (!rows) return null;
  return (
    <table id="floor-table">
      <thead>
        <tr>
          <th><button id="floor-sort" onClick={() => setDesc(desc === null ? false : !desc)}>Requirement</button></th>
          <th>Market</th><th>Category</th><th>Due</th><th>Evidence</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.item.id}>
            <td>{r.item.title}</td><td>{r.entryName} {r.entryCountry}</td><td>{r.item.category}</td><td>{r.item.dueDate ?? '—'}</td><td>{r.item.evidence.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Task { id: string; title: string; schedule: { earlyStart: string; earlyFinish: string } }

function Timeline({ entryId }: { entryId: string }) {
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [dayWidth, setDayWidth] = useState(24);
  useEffect(() => {
    void rpc<{ tasks: Task[] }>('plan.get', { entryId, baselineId: null }).then((p) => setTasks(p.tasks));
  }, [entryId]);
  if (!tasks) return null;
  const day0 = Date.parse(tasks.reduce((m, t) => (t.schedule.earlyStart < m ? t.schedule.earlyStart : m), '9999'));
  const days = (d: string) => (Date.parse(d) - day0) / 86_400_000;
  return (
    <div>
      <button id="floor-zoom" onClick={() => setDayWidth(dayWidth === 24 ? 7 : 24)}>Zoom</button>
      <table id="floor-table">
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <td>{t.title}</td><td>{t.schedule.earlyStart}</td><td>{t.schedule.earlyFinish}</td>
              <td>
                <svg width={400 * dayWidth / 7} height={20} className="floor-bar">
                  <rect x={days(t.schedule.earlyStart) * dayWidth} width={Math.max(2, (days(t.schedule.earlyFinish) - days(t.schedule.earlyStart) + 1) * dayWidth)} height={20} />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const screen = params.get('screen');
createRoot(document.getElementById('root')!).render(
  screen === 'review' ? <Review /> : screen === 'timeline' ? <Timeline entryId={params.get('entry') ?? ''} /> : <Portfolio />,
);
