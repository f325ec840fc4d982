import { CircleAlert, ShieldCheck, X } from 'lucide-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount, plural } from '../../lib/format-date';
import { useReview } from '../../stores/review-store';
import { HashValue } from '../../components/HashValue';

/** The outcome of "Verify ledger": the record count and head hash, or where the chain breaks and why. */
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

  if (!result.ok) {
    return (
      <div role="alert" className="alert alert-error verify-result">
        <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
        <div className="verify-text">
          <p className="verify-headline">
            Verification failed at record {formatCount(result.seq)}: {result.reason}
          </p>
          <p className="verify-detail">
            The ledger holds {plural(result.records, 'record')}.{' '}
            {result.seq > 1 ? `Records 1 to ${formatCount(result.seq - 1)} check out. ` : ''}Compare with the head hash printed on an earlier sign-off register
            export to see what changed.
          </p>
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
          Ledger verified: {plural(result.records, 'record')}. Head hash: <HashValue value={result.headHash} label="head hash" full />
        </p>
        <p className="verify-detail">
          Every record's hash matches its content and links to the one before. The head hash is printed in every sign-off register export, so a
          later verify can be checked against a copy that left this machine. Chain <code className="req-id">{result.chainId}</code>.
        </p>
      </div>
      {dismiss}
    </div>
  );
}
