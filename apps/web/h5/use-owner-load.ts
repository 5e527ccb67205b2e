import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useLanguage } from './i18n';
import { refusalText } from './owner-api';

/** What a screen read from the API, or why it could not. */
export interface OwnerLoad<T> {
  /** null until the first answer */
  data: T | null;
  /** the refusal of the last read, in the owner's language */
  problem: string | null;
  /** a change the screen got back from the API, without reading again */
  setData: Dispatch<SetStateAction<T | null>>;
  /** forgets the problem and reads again (重试, or after a change the screen does not get back) */
  reload: () => void;
  /** reads again and waits for it; a refusal is thrown for the caller to show, the last answer is kept */
  refresh: () => Promise<void>;
}

/**
 * Reads what a screen shows (`load` should keep its identity, e.g. useCallback, while its inputs stay the same), again
 * when `load` changes, on reload() and when the owner switches language (a refusal is worded in the new one). An
 * answer that comes after the screen moved on (another unit, another read) is dropped.
 */
export function useOwnerLoad<T>(load: () => Promise<T>): OwnerLoad<T> {
  const { language, t } = useLanguage();
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (answer) => current && setData(answer),
      (error: unknown) => current && setProblem(refusalText(error, language, t)),
    );
    return () => {
      current = false;
    };
  }, [load, attempt, language, t]);

  const reload = useCallback(() => {
    setProblem(null);
    setAttempt((n) => n + 1);
  }, []);

  const refresh = useCallback(async () => {
    const answer = await load();
    setData(answer);
    setProblem(null);
  }, [load]);

  return { data, problem, setData, reload, refresh };
}

/** A change the owner asks for (book, confirm, rate, …): whether it is under way, its refusal, what it did. */
export interface OwnerAction {
  busy: boolean;
  /** the refusal, in the owner's language, or what the screen found missing before sending */
  problem: string | null;
  /** what was done */
  notice: string | null;
  setProblem: (problem: string | null) => void;
  setNotice: (notice: string | null) => void;
  /**
   * Clears the last problem and notice, runs `work`, then says `done` (when given); a refusal becomes the problem.
   * `afterwards` (reading the screen again, say) runs whatever `work` came to, still busy; its refusal becomes the
   * problem too.
   */
  run: (work: () => Promise<unknown>, done?: string, afterwards?: () => Promise<unknown>) => Promise<void>;
}

export function useOwnerAction(): OwnerAction {
  const { language, t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(
    async (work: () => Promise<unknown>, done?: string, afterwards?: () => Promise<unknown>) => {
      setBusy(true);
      setProblem(null);
      setNotice(null);
      try {
        await work();
        if (done !== undefined) setNotice(done);
      } catch (error) {
        setProblem(refusalText(error, language, t));
      }
      if (afterwards) {
        try {
          await afterwards();
        } catch (error) {
          setProblem(refusalText(error, language, t));
        }
      }
      setBusy(false);
    },
    [language, t],
  );

  return { busy, problem, notice, setProblem, setNotice, run };
}
