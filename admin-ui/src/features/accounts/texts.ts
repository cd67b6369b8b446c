// The staff accounts' words: the administrators' list, a new account, what they can do to one,
// and everyone's own password and two-factor sign-in. Dutch first, English second; see lib/text.ts for placeholders and plurals.
import { commonTexts } from "../../lib/texts";
import type { Catalogue, Translate } from "../../lib/text";

export const accountTexts = {
  ...commonTexts,

  // The list
  accountsIntro: {
    nl: "Wie het beheer van Mienskip gebruikt, heeft hier een account. Beheerders kunnen alles; analisten kunnen alle enquêtes en hun uitkomsten bekijken, maar geen burgerforums of accounts beheren. Daarnaast kan een account taken hebben bij één burgerforum of één enquête, ook zonder vaste rol.",
    en: "Everyone who uses Mienskip's administration has an account here. Administrators can do everything; analysts can view every survey and its results but cannot manage citizens' assemblies or accounts. Besides, an account can have tasks on one citizens' assembly or one survey, also without a municipality-wide role.",
  },
  accountsNotLoaded: { nl: "De accounts konden niet worden geladen.", en: "The accounts could not be loaded." },
  noAccounts: { nl: "Er zijn nog geen accounts.", en: "There are no accounts yet." },
  email: { nl: "E-mailadres", en: "E-mail address" },
  role: { nl: "Rol", en: "Role" },
  tasks: { nl: "Taken", en: "Tasks" },
  tasksNone: { nl: "geen", en: "none" },
  tasksMore: {
    nl: { one: "en nog {count} taak", other: "en nog {count} taken" },
    en: { one: "and {count} more task", other: "and {count} more tasks" },
  },
  lastLogin: { nl: "Laatst ingelogd", en: "Last signed in" },
  neverLoggedIn: { nl: "nog nooit", en: "never" },
  openSessions: { nl: "Open sessies", en: "Open sessions" },
  you: { nl: "(u)", en: "(you)" },
  manageColumn: { nl: "Beheren", en: "Manage" },
  manage: { nl: "Beheren", en: "Manage" },
  statusActive: { nl: "actief", en: "active" },
  statusDisabled: { nl: "uitgeschakeld", en: "disabled" },
  statusLocked: { nl: "geblokkeerd tot {time}", en: "locked until {time}" },
  statusMustChoose: { nl: "moet wachtwoord kiezen", en: "must choose a password" },
  twoFactorColumn: { nl: "Twee stappen", en: "Two-step" },
  twoFactorOn: { nl: "aan", en: "on" },
  twoFactorOff: { nl: "uit", en: "off" },

  // One account's actions
  manageTitle: { nl: "Account {email} beheren", en: "Manage account {email}" },
  ownAccount: {
    nl: "Dit is uw eigen account. Uw wachtwoord wijzigt u zelf; uw rol en taken, uitschakelen en verwijderen doet een andere beheerder.",
    en: "This is your own account. You change your password yourself; another administrator changes your role and tasks, disables or removes it.",
  },
  roleTitle: { nl: "Rol", en: "Role" },
  roleHelp: {
    nl: "Een beheerder kan alles, ook accounts beheren; een analist kan alle enquêtes bekijken. Zonder vaste rol kan een account alleen wat zijn taken toestaan.",
    en: "An administrator can do everything, including managing accounts; an analyst can view every survey. Without a municipality-wide role an account can do only what its tasks allow.",
  },
  roleNoneOption: { nl: "Geen vaste rol (alleen taken)", en: "No municipality-wide role (tasks only)" },
  roleOf: { nl: "Rol van {email}", en: "Role of {email}" },
  saveRole: { nl: "Rol wijzigen", en: "Change role" },
  roleChanged: { nl: "De rol van {email} is nu {role}.", en: "{email} is now {role}." },
  roleChangedNone: {
    nl: "{email} heeft nu geen vaste rol meer en kan alleen wat de taken toestaan.",
    en: "{email} now has no municipality-wide role and can do only what the tasks allow.",
  },

  // One account's tasks: a role on one forum or survey
  tasksTitle: { nl: "Taken", en: "Tasks" },
  tasksIntro: {
    nl: "Een taak geeft rechten bij één burgerforum of één enquête, naast de vaste rol. Een forumbeheerder doet alles van dat burgerforum, ook de loting; een beller ziet alleen de namen en contactgegevens van het panel. Een enquêtebeheerder doet alles van die enquête behalve nieuwe enquêtes maken; een analist leest de uitkomsten, het rapport en de exports.",
    en: "A task gives rights on one citizens' assembly or one survey, beside the municipality-wide role. A forum manager does everything on that assembly, the lottery included; a caller sees only the panel's names and contact details. A survey manager does everything on that survey except creating surveys; an analyst reads its results, report and exports.",
  },
  tasksAdminNote: {
    nl: "Als beheerder kan {email} al alles; taken tellen pas als de rol verandert.",
    en: "As an administrator {email} can already do everything; tasks only count once the role changes.",
  },
  noTasksYet: { nl: "{email} heeft nog geen taken.", en: "{email} has no tasks yet." },
  taskForumManager: { nl: "Forumbeheerder van {title}", en: "Forum manager of {title}" },
  taskCaller: { nl: "Beller van {title}", en: "Caller for {title}" },
  taskSurveyManager: { nl: "Enquêtebeheerder van {title}", en: "Survey manager of {title}" },
  taskAnalyst: { nl: "Analist van {title}", en: "Analyst of {title}" },
  grantForumManager: { nl: "Forumbeheerder", en: "Forum manager" },
  grantCaller: { nl: "Beller", en: "Caller" },
  grantSurveyManager: { nl: "Enquêtebeheerder", en: "Survey manager" },
  grantAnalyst: { nl: "Analist", en: "Analyst" },
  removeTask: { nl: "Verwijderen", en: "Remove" },
  addTaskTitle: { nl: "Taak toevoegen", en: "Add a task" },
  taskTarget: { nl: "Burgerforum of enquête", en: "Citizens' assembly or survey" },
  taskTargetForum: { nl: "Forum: {title}", en: "Forum: {title}" },
  taskTargetSurvey: { nl: "Enquête: {title}", en: "Survey: {title}" },
  taskRole: { nl: "Rol in deze taak", en: "Role in this task" },
  taskRoleForumHelp: {
    nl: "Forumbeheerder: alles van dit burgerforum, ook de loting. Beller: alleen de namen en contactgegevens van het panel.",
    en: "Forum manager: everything on this assembly, the lottery included. Caller: only the panel's names and contact details.",
  },
  taskRoleSurveyHelp: {
    nl: "Enquêtebeheerder: alles van deze enquête. Analist: de uitkomsten, het rapport en de exports lezen.",
    en: "Survey manager: everything on this survey. Analyst: reading its results, report and exports.",
  },
  addTask: { nl: "Taak toevoegen", en: "Add the task" },
  taskTargetsNotLoaded: { nl: "De burgerforums en enquêtes konden niet worden geladen.", en: "The citizens' assemblies and surveys could not be loaded." },
  noTaskTargets: { nl: "Er zijn nog geen burgerforums of enquêtes om een taak bij te geven.", en: "There are no citizens' assemblies or surveys to give a task on yet." },
  taskAdded: { nl: "{email} heeft nu de taak: {task}.", en: "{email} now has the task: {task}." },
  taskReplaced: { nl: "{email} heeft nu de taak: {task} (in plaats van: {previous}).", en: "{email} now has the task: {task} (instead of: {previous})." },
  taskAlready: { nl: "{email} heeft deze taak al: {task}.", en: "{email} already has this task: {task}." },
  taskRemoved: { nl: "{email} heeft de taak “{task}” niet meer.", en: "{email} no longer has the task “{task}”." },
  accessTitle: { nl: "Toegang", en: "Access" },
  disable: { nl: "Uitschakelen", en: "Disable" },
  disableQuestion: {
    nl: "{email} kan dan niet meer inloggen en wordt meteen overal uitgelogd. U kunt het account later weer inschakelen.",
    en: "{email} can then no longer sign in and is signed out everywhere at once. You can enable the account again later.",
  },
  confirmDisable: { nl: "Ja, uitschakelen", en: "Yes, disable" },
  disabled: { nl: "{email} is uitgeschakeld en overal uitgelogd.", en: "{email} has been disabled and signed out everywhere." },
  enable: { nl: "Inschakelen", en: "Enable" },
  enabled: { nl: "{email} kan weer inloggen.", en: "{email} can sign in again." },
  disabledNote: { nl: "Dit account is uitgeschakeld: er kan niemand mee inloggen.", en: "This account is disabled: no one can sign in with it." },
  sessionsNone: { nl: "Er zijn geen open sessies.", en: "There are no open sessions." },
  sessionsOpen: {
    nl: { one: "Er is {count} open sessie.", other: "Er zijn {count} open sessies." },
    en: { one: "There is {count} open session.", other: "There are {count} open sessions." },
  },
  endSessions: { nl: "Sessies beëindigen", en: "End sessions" },
  endSessionsQuestion: {
    nl: {
      one: "De {count} open sessie van {email} eindigt meteen; daar moet opnieuw worden ingelogd.",
      other: "De {count} open sessies van {email} eindigen meteen; daar moet opnieuw worden ingelogd.",
    },
    en: {
      one: "The {count} open session of {email} ends at once; signing in again is needed there.",
      other: "The {count} open sessions of {email} end at once; signing in again is needed there.",
    },
  },
  confirmEndSessions: { nl: "Ja, beëindigen", en: "Yes, end them" },
  sessionsEnded: {
    nl: { one: "{count} sessie van {email} beëindigd.", other: "{count} sessies van {email} beëindigd." },
    en: { one: "{count} session of {email} ended.", other: "{count} sessions of {email} ended." },
  },
  passwordChangeTitle: { nl: "Nieuw wachtwoord laten kiezen", en: "Require a new password" },
  passwordChangeIntro: {
    nl: "Bij de volgende keer inloggen moet {email} een nieuw wachtwoord kiezen; open sessies eindigen meteen. Is het wachtwoord vergeten? Geef dan een tijdelijk wachtwoord op: het oude werkt daarna niet meer.",
    en: "At the next sign-in {email} must choose a new password; open sessions end at once. Forgotten the password? Then give a temporary password: the old one stops working.",
  },
  temporaryPasswordOptional: { nl: "Tijdelijk wachtwoord (niet verplicht)", en: "Temporary password (optional)" },
  temporaryPasswordHelp: {
    nl: "Minstens 12 tekens. Geef het op een veilige manier door, bijvoorbeeld per telefoon.",
    en: "At least 12 characters. Pass it on safely, by telephone for instance.",
  },
  requirePasswordChange: { nl: "Nieuw wachtwoord laten kiezen", en: "Require a new password" },
  requirePasswordChangeQuestion: {
    nl: "{email} moet bij de volgende keer inloggen een nieuw wachtwoord kiezen en wordt nu overal uitgelogd.",
    en: "{email} must choose a new password at the next sign-in and is signed out everywhere now.",
  },
  requireWithTemporaryQuestion: {
    nl: "Het huidige wachtwoord van {email} werkt dan niet meer: {email} logt in met het tijdelijke wachtwoord en kiest daarna een eigen. Open sessies eindigen meteen.",
    en: "The current password of {email} then stops working: {email} signs in with the temporary password and then chooses their own. Open sessions end at once.",
  },
  confirmRequirePasswordChange: { nl: "Ja, nieuw wachtwoord laten kiezen", en: "Yes, require a new password" },
  passwordChangeRequired: {
    nl: "{email} kiest bij de volgende keer inloggen een nieuw wachtwoord.",
    en: "{email} will choose a new password at the next sign-in.",
  },
  passwordChangeRequiredTemporary: {
    nl: "{email} logt voortaan in met het tijdelijke wachtwoord en kiest dan een eigen. Geef het tijdelijke wachtwoord op een veilige manier door.",
    en: "{email} now signs in with the temporary password and then chooses their own. Pass the temporary password on safely.",
  },
  twoFactorOnNote: {
    nl: "Inloggen in twee stappen staat aan voor {email}: na het wachtwoord vraagt Mienskip een code uit een authenticator-app.",
    en: "Two-step sign-in is on for {email}: after the password Mienskip asks for a code from an authenticator app.",
  },
  twoFactorOffNote: {
    nl: "Inloggen in twee stappen staat uit voor {email}. Waar het verplicht is (altijd voor beheerders en voor wie een taak bij een burgerforum heeft), stelt {email} het in bij de volgende keer inloggen; anders kan {email} het zelf aanzetten via “Inloggen in twee stappen” bovenaan.",
    en: "Two-step sign-in is off for {email}. Where it is required (always for administrators and for anyone with a task on a citizens' assembly), {email} sets it up at the next sign-in; otherwise {email} can turn it on under “Two-step sign-in” at the top.",
  },
  resetTwoFactor: { nl: "Telefoon kwijt: twee stappen opnieuw instellen", en: "Phone lost: set up two-step sign-in again" },
  resetTwoFactorQuestion: {
    nl: "De authenticator-app en de herstelcodes van {email} werken dan niet meer, en {email} wordt overal uitgelogd. Daarna stelt {email} inloggen in twee stappen opnieuw in met een nieuwe telefoon. Weet u zeker dat dit verzoek echt van {email} komt? Vraag het bij twijfel na, bijvoorbeeld per telefoon.",
    en: "The authenticator app and the recovery codes of {email} then stop working, and {email} is signed out everywhere. Then {email} sets up two-step sign-in again with a new phone. Are you sure this request really comes from {email}? If in doubt, check, by telephone for instance.",
  },
  confirmResetTwoFactor: { nl: "Ja, opnieuw instellen", en: "Yes, set it up again" },
  twoFactorResetDone: {
    nl: "Inloggen in twee stappen staat uit voor {email}, en {email} is overal uitgelogd. Waar het verplicht is, stelt {email} het opnieuw in bij de volgende keer inloggen.",
    en: "Two-step sign-in is off for {email}, and {email} has been signed out everywhere. Where it is required, {email} sets it up again at the next sign-in.",
  },
  removeTitle: { nl: "Account verwijderen", en: "Remove the account" },
  removeIntro: {
    nl: "Verwijderen kan niet ongedaan worden gemaakt. Wilt u iemand alleen tijdelijk de toegang ontnemen? Schakel het account dan uit.",
    en: "Removing cannot be undone. Only want to take away access for a while? Then disable the account.",
  },
  remove: { nl: "Account verwijderen", en: "Remove the account" },
  removeQuestion: {
    nl: "Het account {email} verwijderen? Dit kan niet ongedaan worden gemaakt.",
    en: "Remove the account {email}? This cannot be undone.",
  },
  confirmRemove: { nl: "Ja, verwijderen", en: "Yes, remove" },
  removed: { nl: "Het account {email} is verwijderd.", en: "The account {email} has been removed." },
  cancel: { nl: "Annuleren", en: "Cancel" },

  // A new account
  newAccount: { nl: "Account toevoegen", en: "Add an account" },
  newAccountIntro: {
    nl: "Het wachtwoord dat u hier opgeeft, is tijdelijk: bij de eerste keer inloggen kiest de nieuwe medewerker een eigen wachtwoord.",
    en: "The password you give here is temporary: at the first sign-in the new staff member chooses their own.",
  },
  temporaryPassword: { nl: "Tijdelijk wachtwoord", en: "Temporary password" },
  newAccountPasswordHelp: {
    nl: "Minstens 12 tekens. Geef het op een veilige manier door, niet in dezelfde e-mail als de uitnodiging.",
    en: "At least 12 characters. Pass it on safely, not in the same e-mail as the invitation.",
  },
  createAccount: { nl: "Account toevoegen", en: "Add the account" },
  created: {
    nl: "Het account {email} is toegevoegd als {role}. Bij de eerste keer inloggen kiest {email} een eigen wachtwoord.",
    en: "The account {email} has been added as {role}. At the first sign-in {email} chooses their own password.",
  },
  createdNone: {
    nl: "Het account {email} is toegevoegd zonder vaste rol: het kan alleen wat zijn taken toestaan. Geef het taken via “Beheren” in de lijst. Bij de eerste keer inloggen kiest {email} een eigen wachtwoord.",
    en: "The account {email} has been added without a municipality-wide role: it can do only what its tasks allow. Give it tasks under “Manage” in the list. At the first sign-in {email} chooses their own password.",
  },
  emailRequired: { nl: "Vul een e-mailadres in.", en: "Enter an e-mail address." },
  emailInvalid: { nl: "Dit is geen e-mailadres (naam@domein.nl).", en: "This is not an e-mail address (name@domain.tld)." },
  passwordRequired: { nl: "Vul een wachtwoord in.", en: "Enter a password." },
  passwordTooShort: {
    nl: "Een wachtwoord heeft minstens {min} tekens; een zin van een paar woorden is het makkelijkst.",
    en: "A password has at least {min} characters; a sentence of a few words is easiest.",
  },

  // One's own password
  changePasswordIntro: {
    nl: "Daarna bent u op andere apparaten en in andere browsers uitgelogd; hier blijft u ingelogd.",
    en: "Afterwards you are signed out on other devices and in other browsers; here you stay signed in.",
  },
  mustChangeIntro: {
    nl: "U bent ingelogd met een tijdelijk wachtwoord, of een beheerder heeft gevraagd om een nieuw. Kies eerst een eigen wachtwoord; daarna kunt u verder.",
    en: "You signed in with a temporary password, or an administrator asked for a new one. Choose your own password first; then you can go on.",
  },
  currentPassword: { nl: "Huidig wachtwoord", en: "Current password" },
  currentPasswordRequired: { nl: "Vul uw huidige wachtwoord in.", en: "Enter your current password." },
  newPassword: { nl: "Nieuw wachtwoord", en: "New password" },
  newPasswordHelp: {
    nl: "Minstens 12 tekens, geen veelgebruikt wachtwoord en niet de naam uit uw e-mailadres. Een zin van een paar woorden is het makkelijkst.",
    en: "At least 12 characters, no commonly used password and not the name in your e-mail address. A sentence of a few words is easiest.",
  },
  repeatPassword: { nl: "Herhaal het nieuwe wachtwoord", en: "Repeat the new password" },
  passwordsDiffer: { nl: "De twee nieuwe wachtwoorden zijn niet gelijk.", en: "The two new passwords are not the same." },
  savePassword: { nl: "Wachtwoord opslaan", en: "Save the password" },
  passwordChanged: {
    nl: "Uw wachtwoord is gewijzigd. Op andere apparaten en in andere browsers bent u uitgelogd.",
    en: "Your password has been changed. You have been signed out on other devices and in other browsers.",
  },
  formHasErrors: { nl: "Verbeter eerst wat bij de velden staat.", en: "First correct what is shown with the fields." },

  // One's own two-factor sign-in: setting it up, and the recovery codes
  twoFactorRequiredIntro: {
    nl: "Voor uw account is inloggen in twee stappen verplicht. Stel het eerst in; daarna kunt u verder. Na uw wachtwoord vraagt Mienskip dan telkens ook een code uit een app op uw telefoon.",
    en: "Two-step sign-in is required for your account. Set it up first; then you can go on. After your password Mienskip will then also ask for a code from an app on your phone each time.",
  },
  twoFactorIntro: {
    nl: "Met inloggen in twee stappen vraagt Mienskip na uw wachtwoord ook een code uit een app op uw telefoon. Wie alleen uw wachtwoord kent, komt er dan niet in.",
    en: "With two-step sign-in Mienskip asks, after your password, for a code from an app on your phone too. Someone who only knows your password then cannot get in.",
  },
  twoFactorNotStarted: { nl: "Het instellen kon niet beginnen.", en: "Setting it up could not start." },
  tryAgain: { nl: "Opnieuw proberen", en: "Try again" },
  twoFactorStepsTitle: { nl: "Zo stelt u het in", en: "How to set it up" },
  stepInstall: {
    nl: "Installeer een authenticator-app op uw telefoon, als u die nog niet hebt. Gebruik een app die uw organisatie toestaat; vraag het bij twijfel aan uw ICT-afdeling.",
    en: "Install an authenticator app on your phone if you do not have one yet. Use an app your organisation allows; if in doubt, ask your IT department.",
  },
  stepScan: { nl: "Voeg in de app een account toe en scan deze QR-code:", en: "Add an account in the app and scan this QR code:" },
  qrAlt: { nl: "QR-code om in uw authenticator-app te scannen", en: "QR code to scan in your authenticator app" },
  onThisDevice: { nl: "Staat de app op dit apparaat?", en: "Is the app on this device?" },
  openInApp: { nl: "Open de sleutel in de app", en: "Open the key in the app" },
  stepType: {
    nl: "Lukt scannen niet? Typ dan deze sleutel in de app. De spaties mag u weglaten; kies, als de app ernaar vraagt, voor een code op basis van tijd.",
    en: "Scanning does not work? Then type this key into the app. You may leave out the spaces; if the app asks, choose a time-based code.",
  },
  stepCode: {
    nl: "Typ hieronder de code van zes cijfers die de app nu toont, en kies “Bevestigen”.",
    en: "Type the six-digit code the app now shows below, and choose “Confirm”.",
  },
  enrolCodeHelp: {
    nl: "De code verandert elke 30 seconden. Klopt hij niet, kijk dan of de tijd op uw telefoon automatisch wordt ingesteld.",
    en: "The code changes every 30 seconds. If it is not accepted, check that your phone sets its time automatically.",
  },
  confirmTwoFactor: { nl: "Bevestigen", en: "Confirm" },
  codeRequired: { nl: "Vul de code uit uw authenticator-app in.", en: "Enter the code from your authenticator app." },
  codeShape: { nl: "Typ de zes cijfers die de app toont.", en: "Type the six digits the app shows." },
  twoFactorOnNow: { nl: "Inloggen in twee stappen staat nu aan.", en: "Two-step sign-in is now on." },
  recoveryTitle: { nl: "Uw herstelcodes", en: "Your recovery codes" },
  recoveryIntro: {
    nl: "Raakt u uw telefoon kwijt, dan logt u in met een van deze herstelcodes in plaats van een code uit de app. Elke herstelcode werkt één keer.",
    en: "If you lose your phone, you sign in with one of these recovery codes instead of a code from the app. Each recovery code works once.",
  },
  recoveryOnlyNow: {
    nl: "U ziet de herstelcodes alleen nu. Druk ze af of bewaar ze op een veilige plek, niet op uw telefoon.",
    en: "You see the recovery codes only now. Print them or keep them in a safe place, not on your phone.",
  },
  print: { nl: "Afdrukken", en: "Print" },
  recoveryCodesSaved: { nl: "Ik heb de herstelcodes bewaard", en: "I have kept the recovery codes" },
  twoFactorOnIntro: {
    nl: "Inloggen in twee stappen staat aan voor uw account: na uw wachtwoord vraagt Mienskip een code uit uw authenticator-app.",
    en: "Two-step sign-in is on for your account: after your password Mienskip asks for a code from your authenticator app.",
  },
  twoFactorLostPhone: {
    nl: "Telefoon kwijt of een nieuwe? Log in met een herstelcode, en vraag een beheerder om inloggen in twee stappen voor u opnieuw te laten instellen.",
    en: "Lost your phone or got a new one? Sign in with a recovery code, and ask an administrator to have two-step sign-in set up again for you.",
  },

  // Refusals, in the app's words
  errorLastAdmin: {
    nl: "Dat kan niet: er moet altijd minstens één actieve beheerder zijn. De laatste beheerder kan niet worden verwijderd, uitgeschakeld of analist worden.",
    en: "That is not possible: there must always be at least one active administrator. The last administrator cannot be removed, disabled or made analyst.",
  },
  errorAccountExists: { nl: "Er is al een account met dit e-mailadres.", en: "There is already an account with this e-mail address." },
  errorInvalidEmail: {
    nl: "De server neemt dit e-mailadres niet aan. Controleer het (naam@domein.nl).",
    en: "The server does not accept this e-mail address. Check it (name@domain.tld).",
  },
  weakTooShort: {
    nl: "Een wachtwoord heeft minstens 12 tekens. Een zin van een paar woorden onthoudt u het makkelijkst.",
    en: "A password has at least 12 characters. A sentence of a few words is easiest to remember.",
  },
  weakTooLong: { nl: "Een wachtwoord heeft hoogstens 1000 tekens.", en: "A password has at most 1000 characters." },
  weakRepeats: {
    nl: "Dit wachtwoord herhaalt een paar tekens. Kies er een met meer verschillende tekens, zoals een zin.",
    en: "This password repeats a few characters. Choose one with more different characters, such as a sentence.",
  },
  weakCommon: {
    nl: "Dit wachtwoord wordt veel gebruikt (ook met alleen cijfers of tekens erbij). Aanvallers proberen zulke wachtwoorden als eerste.",
    en: "This password is commonly used (also with only digits or symbols added). Attackers try such passwords first.",
  },
  weakEmailName: {
    nl: "Een wachtwoord mag de naam uit het eigen e-mailadres niet bevatten.",
    en: "A password may not contain the name of its own e-mail address.",
  },
  weakSameAsCurrent: {
    nl: "Het nieuwe wachtwoord moet anders zijn dan het huidige.",
    en: "The new password must differ from the current one.",
  },
  errorWeakPassword: { nl: "Dit wachtwoord is niet sterk genoeg. Melding van de server:", en: "This password is not strong enough. The server says:" },
  errorInvalidGrant: { nl: "Deze taak kan niet. Melding van de server:", en: "This task is not possible. The server says:" },
  errorAccountNotFound: {
    nl: "Dit account bestaat niet meer; misschien heeft een andere beheerder het net verwijderd.",
    en: "This account no longer exists; another administrator may just have removed it.",
  },
  errorWrongPassword: { nl: "Uw huidige wachtwoord klopt niet.", en: "Your current password is not right." },
  errorEnrolCodeRefused: {
    nl: "De code klopt niet. Typ de code die de app nu toont; kijk ook of de tijd op uw telefoon automatisch wordt ingesteld.",
    en: "The code is not right. Type the code the app shows now; also check that your phone sets its time automatically.",
  },
  errorEnrolmentGone: {
    nl: "Dit instellen geldt niet meer; misschien is het in een ander venster opnieuw begonnen. Laad de pagina opnieuw om opnieuw te beginnen.",
    en: "This set-up no longer counts; perhaps it was started again in another window. Reload the page to start again.",
  },
  errorTooManyPasswordTries: {
    nl: "Te veel pogingen. Probeer het over een paar minuten opnieuw.",
    en: "Too many attempts. Try again in a few minutes.",
  },
} satisfies Catalogue;

export type AccountTextKey = keyof typeof accountTexts;
export type AccountText = Translate<typeof accountTexts>;
