import type { Finding } from "../core/findings.js";

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** `@actions/core`'s annotation functions; `core` itself satisfies this. */
export interface AnnotationSink {
  error(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
}

/** GitHub shows 10 annotations of each level per step: errors go first so they are the ones shown. */
export const SHOWN_PER_LEVEL = 10;

/** The fallback when no check run can be written (fork PRs): workflow-command annotations. Returns how many were emitted. */
export function emitWorkflowAnnotations(findings: Finding[], sink: AnnotationSink): number {
  const order = { error: 0, warning: 1, notice: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const f of sorted) {
    const props: AnnotationProps = { title: f.checkId, file: f.file, startLine: f.line, endLine: f.endLine ?? f.line };
    if (f.column !== undefined && (f.endLine ?? f.line) === f.line) {
      props.startColumn = f.column;
      if (f.endColumn !== undefined) props.endColumn = f.endColumn;
    }
    const message = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
    sink[f.severity](message, props);
  }
  return sorted.length;
}
