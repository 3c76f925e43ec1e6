import type { Progress } from './board-view.js';

/** A native `<progress>`: screen readers announce it without ARIA plumbing. */
export function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  return (
    <progress className="progress" value={progress.value} max={progress.max} aria-label={label}>
      {progress.percent}
    </progress>
  );
}
