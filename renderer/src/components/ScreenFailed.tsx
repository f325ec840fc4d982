import { CircleAlert, RotateCw } from 'lucide-react';
import { Button } from './Button';
import './notices.css';

/** What a screen shows in place of itself when it failed to draw: one sentence and a way out. */
export function ScreenFailed() {
  return (
    <div role="alert" className="alert alert-error screen-failed">
      <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
      <span>Something went wrong on this screen. Your data is safe; reload to continue.</span>
      <Button icon={RotateCw} onClick={() => window.location.reload()}>
        Reload
      </Button>
    </div>
  );
}
