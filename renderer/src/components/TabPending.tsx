import { ErrorAlert } from './ErrorAlert';

/** An entry tab before its data has come: why it could not be read, or that it is being read. */
export function TabPending({ className, error, loading }: { className: string; error: string | null; loading: string }) {
  return (
    <div className={className}>
      <ErrorAlert message={error} />
      {error ? null : <p className="loading">{loading}</p>}
    </div>
  );
}
