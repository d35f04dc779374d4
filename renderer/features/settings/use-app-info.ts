import { useEffect, useState } from 'react';
import { hostFail, type AppInfo, type HostResult } from '../../../shared/host';
import { getHost } from '../../host';

/** undefined while the host has not answered yet. */
export type AppInfoAnswer = HostResult<AppInfo> | undefined;

/** Asks the host (Electron or browser) who it is, once per mount. */
export function useAppInfo(): AppInfoAnswer {
  const [answer, setAnswer] = useState<AppInfoAnswer>(undefined);
  useEffect(() => {
    let mounted = true;
    getHost()
      .getAppInfo()
      // A bridge that rejects (instead of answering a HostResult) is still shown as an error.
      .catch((error: unknown) => hostFail('internal', `getAppInfo rejected: ${String(error)}`))
      .then((result) => {
        if (mounted) setAnswer(result);
      });
    return () => {
      mounted = false;
    };
  }, []);
  return answer;
}
