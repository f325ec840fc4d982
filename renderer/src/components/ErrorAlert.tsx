import { CircleAlert } from 'lucide-react';

/** One sentence about what went wrong, announced to screen readers. Renders nothing without a message. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-error">
      <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
      <span>{message}</span>
    </div>
  );
}
