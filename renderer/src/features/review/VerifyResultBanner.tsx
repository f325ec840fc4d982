import { CircleAlert, ShieldCheck, X } from 'lucide-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { plural } from '../../lib/format-date';
import { useReview } from '../../stores/review-store';
import { HashValue } from '../../components/HashValue';
import { VERIFY_PROBLEM_LABELS } from '../../../../shared/vocabulary/signoff';
import './verify.css';

/** The outcome of "Verify ledger": the record count, head hash and key, or every problem found, each named. */
export function VerifyResultBanner() {
  const result = useReview((s) => s.verifyResult);
  const error = useReview((s) => s.verifyError);
  const clear = useReview((s) => s.clearVerify);
  if (error) return <ErrorAlert message={error} />;
  if (!result) return null;

  const dismiss = (
    <button type="button" className="icon-button icon-button-small verify-dismiss" aria-label="Dismiss the verification result" onClick={clear}>
      <X size={14} aria-hidden="true" />
    </button>
  );
  const key = (
    <p className="verify-detail">
      Signing key {result.key.fingerprint ? <code className="verify-fingerprint">{result.key.fingerprint}</code> : 'not recorded'}. {result.key.custody}
    </p>
  );

  if (!result.ok) {
    return (
      <div role="alert" className="alert alert-error verify-result">
        <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
        <div className="verify-text">
          <p className="verify-headline">
            Verification failed: {plural(result.problems.length, 'problem')} in a ledger of {plural(result.records, 'record')}.
          </p>
          <ul className="verify-problems">
            {result.problems.map((p, i) => (
              <li key={i}>
                <strong>{VERIFY_PROBLEM_LABELS[p.kind]}</strong>
                {p.seq !== null ? ` (record ${p.seq})` : ''}: {p.message}
              </li>
            ))}
          </ul>
          <p className="verify-detail">Compare with the head hash and key fingerprint printed on an earlier sign-off register export to see what changed.</p>
          {key}
        </div>
        {dismiss}
      </div>
    );
  }

  return (
    <div role="status" className="verify-result verify-ok">
      <ShieldCheck size={16} aria-hidden="true" className="verify-icon" />
      <div className="verify-text">
        <p className="verify-headline">
          Ledger verified: {plural(result.records, 'record')}.
          {result.headHash ? (
            <>
              {' '}
              Head hash: <HashValue value={result.headHash} label="head hash" full />
            </>
          ) : null}
        </p>
        <p className="verify-detail">
          Every record links to the one before and is signed with this installation's key; every signed-off item has its approval; the evidence files
          approvals cover are unchanged; the append-only protection is in place; and the ledger still reaches the head verified last on this machine.
          Chain <code className="req-id">{result.chainId}</code>.
        </p>
        {key}
      </div>
      {dismiss}
    </div>
  );
}
