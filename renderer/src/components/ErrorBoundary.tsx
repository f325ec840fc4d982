import { Component, type ErrorInfo, type ReactNode } from 'react';
import { api } from '../api/client';
import { rendererErrorReport } from '../lib/renderer-error-report';
import { ScreenFailed } from './ScreenFailed';

interface ErrorBoundaryProps {
  /** Where this boundary sits ("app", "Entry · Checklist tab"): it names the place in the log. */
  where: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Catches an error thrown while drawing what it wraps, shows ScreenFailed instead and
 * writes the error to the backend's log. Give it a `key` that changes when the user
 * moves on (another route), so the next screen gets a fresh start.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    api('app.logRendererError', rendererErrorReport(error, info.componentStack, this.props.where)).catch((logError: unknown) => {
      // The backend is out of reach: the browser console is the only log left.
      console.error('Landfall could not log a renderer error', error, logError);
    });
  }

  override render() {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}
