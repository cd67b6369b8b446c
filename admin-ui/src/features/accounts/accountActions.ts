// What an administrator can do to an account, as the screen offers it. The server decides (it
// refuses to leave no active administrator); this only leaves out what cannot apply.
import type { Account } from "./api/types";

export interface AccountActions {
  changeRole: boolean;
  /** Its tasks on forums and surveys. */
  changeTasks: boolean;
  disable: boolean;
  enable: boolean;
  endSessions: boolean;
  requirePasswordChange: boolean;
  /** Only when it is on: a lost phone. */
  resetTwoFactor: boolean;
  remove: boolean;
}

const none: AccountActions = { changeRole: false, changeTasks: false, disable: false, enable: false, endSessions: false, requirePasswordChange: false, resetTwoFactor: false, remove: false };

/**
 * The actions that make sense for `account`. The signed-in account gets none: taking away one's
 * own role, tasks or access from this screen would lock oneself out, and one's own password is changed
 * under "Wachtwoord wijzigen" (which also ends one's other sessions).
 */
export function accountActions(account: Pick<Account, "status" | "sessions" | "you" | "two_factor">): AccountActions {
  if (account.you) return none;
  return {
    changeRole: true,
    changeTasks: true,
    disable: account.status === "active",
    enable: account.status === "disabled",
    endSessions: account.sessions > 0,
    requirePasswordChange: true,
    resetTwoFactor: account.two_factor,
    remove: true,
  };
}
