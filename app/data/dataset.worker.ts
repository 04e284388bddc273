/// <reference lib="webworker" />
import { DatasetError, parseDataset } from './load-dataset.ts';
import { splitForTransfer, type DatasetMessage } from './dataset-transfer.ts';

/**
 * Parses and validates a large dataset off the page's main thread: JSON, schema, integrity. The page hands the
 * downloaded bytes over (transferred, not copied) and gets back progress, the records in chunks, or the
 * located problems.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: DatasetMessage) => scope.postMessage(m);

scope.onmessage = (e: MessageEvent<{ file: string; bytes: ArrayBuffer }>) => {
  const { file, bytes } = e.data;
  try {
    post({ type: 'progress', stage: 'reading' });
    const text = new TextDecoder().decode(bytes);
    post({ type: 'progress', stage: 'checking' });
    const data = parseDataset(file, text);
    for (const m of splitForTransfer(data)) post(m);
  } catch (err) {
    post({
      type: 'error',
      problems:
        err instanceof DatasetError
          ? err.problems
          : [{ file, where: '(file)', message: err instanceof Error ? err.message : String(err) }],
    });
  }
};
