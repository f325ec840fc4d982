/**
 * Acceptance of a risk: by the legal or leadership role, with a rationale and a future expiry,
 * recorded as a signed `risk_acceptance` record of the sign-off ledger with a snapshot of the
 * risk as accepted. The row keeps the record's seq and expiry; past the expiry the
 * housekeeping sweep reopens the risk and it waits in the approvers' queue.
 */
import { AppError } from '../../../../shared/errors';
import type { AcceptanceQueueEntry, RiskView } from '../../../../shared/risk-schema';
import { levelOf } from '../../../../shared/domain/risk-score';
import { RISK_STATUS_LABELS } from '../../../../shared/vocabulary/risks';
import { LIVE, type RiskCore } from './risk-core';

const ACCEPTING_ROLES = ['legal', 'leadership'];

export function riskAcceptance(core: RiskCore) {
  const { deps, save } = core;
  const { repo, kernel } = deps;

  function checkApprover(rationale: string, expires: string) {
    const signer = deps.signer();
    if (!signer.name) throw new AppError('invalid_input', 'Approver: set your display name in Settings; the acceptance is recorded under it in the sign-off ledger.', 'approver');
    if (!ACCEPTING_ROLES.includes(signer.role)) {
      throw new AppError('invalid_input', 'Approver: only the legal or leadership role may accept a risk. Roles are self-declared in Settings; your OS user is recorded beside them.', 'approver');
    }
    if (!rationale.trim()) throw new AppError('invalid_input', 'Rationale: write why the risk is accepted.', 'rationale');
    if (!expires) throw new AppError('invalid_input', 'Expiry date: an acceptance needs an expiry date.', 'expires');
    if (expires <= kernel.today()) throw new AppError('invalid_input', 'Expiry date: choose a date after today.', 'expires');
  }

  /**
   * Accepted risks past their expiry reopen (status open; the lapsed acceptance stays on the
   * row for the queue). Housekeeping, never run by a read: at start-up, when the date changes
   * and inside each acceptance's write. Answers how many it reopened.
   */
  function sweepExpired(): number {
    return kernel.write(() => {
      const expired = repo.expiredAcceptances(kernel.today());
      for (const r of expired) save(r, { ...r, status: 'open' }, 'acceptance_expired');
      return expired.length;
    });
  }

  return {
    sweepExpired,

    accept(id: string, version: number, rationale: string, expires: string): RiskView {
      checkApprover(rationale, expires);
      const before = core.current(id, version);
      if (!LIVE(before)) throw new AppError('invalid_input', `Status: a risk that is ${RISK_STATUS_LABELS[before.status].toLowerCase()} cannot be accepted.`, 'status');
      const m = core.matrix();
      const shown = core.view(before);
      const after = kernel.write(() => {
        sweepExpired();
        const snapshot = {
          riskId: before.id,
          version: before.version,
          title: before.title,
          cause: before.cause,
          event: before.event,
          effect: before.effect,
          category: before.category,
          owner: before.owner,
          inherent: before.inherent,
          current: before.current,
          residual: before.residual,
          levels: shown.levels,
          appetite: shown.appetite,
          aboveAppetite: shown.aboveAppetite,
          response: before.response,
          matrixId: m.id,
          matrixVersion: m.version,
          rationale,
          expires,
        };
        const rec = deps.signoff.appendAcceptance({ entryId: before.entryId, riskId: before.id, snapshot, rationale, expires });
        const latest = core.record(id);
        return save(latest, { ...latest, status: 'accepted', acceptanceSeq: rec.seq, acceptanceExpires: expires }, 'accept');
      });
      return core.view(after);
    },

    /** Risks whose acceptance ran out and that are not accepted again: the approvers' queue (two queries). */
    acceptanceQueue(): AcceptanceQueueEntry[] {
      const m = core.matrix();
      const names = new Map(deps.entries(false).map((e) => [e.id, e.name]));
      const lapsed = repo.lapsedAcceptances(kernel.today()).filter((r) => names.has(r.entryId));
      if (lapsed.length === 0) return [];
      const ledger = deps.signoff.latestAcceptances(null);
      return lapsed.map((r) => ({
        riskId: r.id,
        entryId: r.entryId,
        entryName: names.get(r.entryId)!,
        title: r.title,
        approverName: ledger.get(r.id)?.signerName ?? '',
        expired: r.acceptanceExpires!,
        level: levelOf(m, r.current),
      }));
    },
  };
}
