import { useEffect, useState } from 'react';
import type { SigningKeyInfo } from '../../../../shared/signoff-schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { Panel } from '../../components/Section';

/** The ledger's signing key: its fingerprint (printed on every export that mentions sign-offs) and, plainly, who can sign with it. */
export function SigningKeyPanel() {
  const [info, setInfo] = useState<SigningKeyInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api('review.signingKey', {}).then(setInfo, (err: unknown) => setError(errorMessage(err)));
  }, []);
  return (
    <Panel id="signing-key-title" title="Sign-off signing key" className="signing-key">
      <ErrorAlert message={error} />
      {info ? (
        <>
          <p>
            Every sign-off is signed with this installation's Ed25519 key. Fingerprint:{' '}
            {info.fingerprint ? <code className="signing-fingerprint">{info.fingerprint}</code> : 'no key recorded'}
          </p>
          <p className="signing-custody">{info.custody}</p>
          <p className="signing-note">
            The fingerprint and the ledger's head hash are printed on sign-off registers and timeline exports: compare them with a copy that left this
            machine. Chain <code className="req-id">{info.chainId}</code>.
          </p>
        </>
      ) : error ? null : (
        <p className="loading">Loading the signing key…</p>
      )}
    </Panel>
  );
}
