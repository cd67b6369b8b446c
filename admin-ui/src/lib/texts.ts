// The app-wide words: the app's frame (name, menus, login state), words several features use,
// and the explanations of the server's refusals (lib/errors). Each feature adds its own words in
// features/<feature>/texts.ts; see lib/text.ts for placeholders and plurals.
import type { Catalogue } from "./text";

export const commonTexts = {
  appName: { nl: "Mienskip beheer", en: "Mienskip administration" },
  skipToContent: { nl: "Naar de inhoud", en: "Skip to content" },
  accountMenu: { nl: "Account en taal", en: "Account and language" },
  roleAdmin: { nl: "beheerder", en: "administrator" },
  roleAnalyst: { nl: "analist", en: "analyst" },
  roleNone: { nl: "geen vaste rol", en: "no municipality-wide role" },
  logIn: { nl: "Inloggen", en: "Log in" },
  logOut: { nl: "Uitloggen", en: "Log out" },
  otherLanguage: { nl: "English", en: "Nederlands" },
  loading: { nl: "Laden…", en: "Loading…" },
  pageNotFound: { nl: "Deze pagina bestaat niet", en: "This page does not exist" },
  backToSurveys: { nl: "Terug naar de enquêtes", en: "Back to the surveys" },
  backToForums: { nl: "Terug naar de burgerforums", en: "Back to the citizens' assemblies" },
  // An account without a municipality-wide role and without tasks yet
  noTasks: { nl: "Nog geen taken", en: "No tasks yet" },
  noTasksIntro: {
    nl: "Uw account heeft geen vaste rol en nog geen taken, dus hier is nog niets voor u. Een beheerder kan u een taak geven bij een burgerforum of een enquête.",
    en: "Your account has no municipality-wide role and no tasks yet, so there is nothing here for you yet. An administrator can give you a task on a citizens' assembly or a survey.",
  },

  // Staff accounts: the admins' list and everyone's own password
  accounts: { nl: "Accounts", en: "Accounts" },
  accountsAdminsOnly: {
    nl: "Alleen beheerders kunnen accounts toevoegen en beheren. Uw eigen wachtwoord wijzigt u via “Wachtwoord wijzigen” bovenaan.",
    en: "Only administrators can add and manage accounts. You change your own password under “Change password” at the top.",
  },
  changePassword: { nl: "Wachtwoord wijzigen", en: "Change password" },
  chooseOwnPassword: { nl: "Kies een eigen wachtwoord", en: "Choose your own password" },
  errorPasswordChangeRequired: {
    nl: "Kies eerst een eigen wachtwoord; daarna kunt u verder.",
    en: "Choose your own password first; then you can go on.",
  },

  // Two-factor sign-in (a code from an authenticator app after the password): the login's second
  // step, setting it up, and the administrators' reset
  twoFactor: { nl: "Inloggen in twee stappen", en: "Two-step sign-in" },
  setUpTwoFactor: { nl: "Inloggen in twee stappen instellen", en: "Set up two-step sign-in" },
  twoFactorCode: { nl: "Code uit uw authenticator-app", en: "Code from your authenticator app" },
  errorInvalidTwoFactorCode: { nl: "De code klopt niet of is al gebruikt.", en: "The code is not right or has already been used." },
  errorTwoFactorEnrolmentRequired: {
    nl: "Stel eerst inloggen in twee stappen in; daarna kunt u verder.",
    en: "Set up two-step sign-in first; then you can go on.",
  },
  errorTwoFactorEnabled: { nl: "Inloggen in twee stappen staat al aan voor dit account.", en: "Two-step sign-in is already on for this account." },

  // Words both the burgerforums and the surveys use
  status: { nl: "Status", en: "Status" },
  slug: { nl: "Korte naam in het webadres", en: "Short name in the web address" },

  // Burgerforums (citizens' assemblies): the list, a new forum, quotas, register and draw
  mainMenu: { nl: "Hoofdmenu", en: "Main menu" },
  forums: { nl: "Burgerforums", en: "Citizens' assemblies" },
  forum: { nl: "Burgerforum", en: "Citizens' assembly" },
  forumsNotYours: {
    nl: "Burgerforums ziet u alleen als beheerder of met een taak bij een burgerforum. De loting en de adressen van inwoners zijn alleen voor wie die taak heeft.",
    en: "You see citizens' assemblies only as an administrator or with a task on one. The lottery and residents' addresses are only for those with that task.",
  },
  none: { nl: "nog geen", en: "none yet" },
  row: { nl: "Rij", en: "Row" },
  errorForumExists: { nl: "Er is al een burgerforum met deze korte naam. Kies een andere.", en: "There is already a citizens' assembly with this short name. Choose another." },
  errorNoRegister: { nl: "Laad eerst het bevolkingsregister.", en: "Load the population register first." },
  errorAlreadyDrawn: { nl: "De loting is al gedaan; er kan niets meer aan veranderen.", en: "The draw has been done; nothing about it can change any more." },
  errorCommitmentMismatch: {
    nl: "Het register is vervangen na de commitment. Leg een gecorrigeerde versie vast en maak die openbaar voordat u loot.",
    en: "The register was replaced after the commitment. Record a corrected version and publish it before drawing.",
  },
  errorSelectionFixed: {
    nl: "De berekening is vastgelegd: de vrijwilligers, quota's en berekening liggen vast tot het panel is geloot. Een panellid dat afvalt, vervangt u bij “Afvallers vervangen”.",
    en: "The run is fixed: the volunteers, quotas and run stay as they are until the panel is drawn. A panel member who drops out is replaced under “Replace dropouts”.",
  },
  errorSelectionNotFixed: {
    nl: "Leg eerst de berekening vast; pas daarna kan het nummer worden ingevoerd.",
    en: "Fix the run first; only then can the number be entered.",
  },
  errorNumberTooEarly: {
    nl: "De berekening is nog niet lang genoeg openbaar. Het nummer kan pas na de wachttijd worden ingevoerd; het tijdstip staat bij de berekening. Er is niets geloot.",
    en: "The run has not been public long enough. The number can only be entered after the waiting time, shown with the run. Nothing was drawn.",
  },
  errorCommitmentPublished: {
    nl: "Deze commitment is al openbaar en blijft dat. Een wijziging wordt een nieuwe versie ernaast: vul de reden van de correctie in.",
    en: "This commitment is already public and stays so. A change becomes a new version beside it: give the reason for the correction.",
  },
  errorCommitmentTooRecent: {
    nl: "De commitment is nog niet lang genoeg openbaar. Het toevalsgetal kan pas na de wachttijd worden ingevoerd; het tijdstip staat bij de commitment. Er is niets geloot.",
    en: "The commitment has not been public long enough. The seed can only be entered after the waiting time, shown with the commitment. Nothing was drawn.",
  },
  errorInvalidSeed: { nl: "Dit toevalsgetal kan niet. Melding van de server:", en: "This seed cannot be used. The server says:" },
  errorInvalidDraw: { nl: "Zo kan niet worden geloot. Melding van de server:", en: "The draw is not possible like this. The server says:" },
  drawStratumTooFewResidents: {
    nl: "Zo kan niet worden geloot: de groep ‘{stratum}’ krijgt {needed} uitnodigingen, maar heeft maar {available} inwoners die mee kunnen doen. Verlaag het aantal uitnodigingen of de overbemonstering van die groep.",
    en: "The draw is not possible like this: the stratum ‘{stratum}’ gets {needed} invitations but has only {available} eligible residents. Lower the number of invitations or that stratum's oversampling.",
  },
  drawStratumTooFewHouseholds: {
    nl: "Zo kan niet worden geloot: de groep ‘{stratum}’ krijgt {needed} uitnodigingen, maar heeft maar {available} huishoudens (één brief per huishouden). Verlaag het aantal uitnodigingen of de overbemonstering van die groep.",
    en: "The draw is not possible like this: the stratum ‘{stratum}’ gets {needed} invitations but has only {available} households (one letter per household). Lower the number of invitations or that stratum's oversampling.",
  },
  csvUnclosedQuote: {
    nl: "Het bestand is geen geldige CSV: op rij {row} begint een veld met een aanhalingsteken (\") dat nergens wordt gesloten. Verbeter dat in het bestand en probeer het opnieuw.",
    en: "The file is not valid CSV: on row {row} a field opens a quote (\") that is never closed. Correct the file and try again.",
  },
  csvFirstLineTooLong: {
    nl: "Het bestand is geen CSV-tabel: de eerste regel is langer dan {bytes} bytes.",
    en: "The file is not a CSV table: its first line is longer than {bytes} bytes.",
  },
  csvFieldCount: {
    nl: { one: "Rij {row} heeft {count} veld, de kopregel {expected}. Verbeter het bestand en probeer het opnieuw.", other: "Rij {row} heeft {count} velden, de kopregel {expected}. Verbeter het bestand en probeer het opnieuw." },
    en: { one: "Row {row} has {count} field, the header {expected}. Correct the file and try again.", other: "Row {row} has {count} fields, the header {expected}. Correct the file and try again." },
  },
  drawNoResidents: { nl: "Zo kan niet worden geloot: het register heeft geen inwoners.", en: "The draw is not possible like this: the register has no residents." },
  drawAllExcluded: {
    nl: "Zo kan niet worden geloot: iedereen in het register is uitgesloten.",
    en: "The draw is not possible like this: everyone in the register is excluded.",
  },
  drawUnknownStratum: {
    nl: "Zo kan niet worden geloot: de overbemonstering noemt de groep ‘{stratum}’, maar niemand in het register hoort daarbij.",
    en: "The draw is not possible like this: the oversampling names the stratum ‘{stratum}’, which has no one in the register.",
  },
  errorPanelDrawn: {
    nl: "Het panel is al geloot. De quota's, de vrijwilligers en de aanmelding blijven nu zoals ze bij de loting waren; wie uit het panel stapt, vervangt u bij “Afvallers vervangen”.",
    en: "The panel has been drawn. The quotas, the volunteers and the sign-up now stay as they were at the draw; replace a member who leaves under Dropouts.",
  },
  errorSignUpClosed: { nl: "De aanmelding is gesloten (of de uitnodigingen zijn nog niet geloot).", en: "The sign-up is closed (or the invitations have not been drawn yet)." },
  errorSignUpOpen: { nl: "De aanmelding is nog open. Sluit eerst de aanmelding op het tabblad Vrijwilligers.", en: "The sign-up is still open. Close it first on the Volunteers tab." },
  errorNoDraw: { nl: "De uitnodigingen zijn nog niet geloot.", en: "The invitations have not been drawn yet." },
  errorNoCommitment: { nl: "Er is nog geen commitment vastgelegd.", en: "No commitment has been recorded yet." },
  errorNoVolunteers: { nl: "Er zijn nog geen vrijwilligers om een panel uit te kiezen.", en: "There are no volunteers to choose a panel from yet." },
  errorNoSelection: { nl: "Er is geen afgeronde selectie om het panel uit te loten. Start de selectie (opnieuw).", en: "There is no finished selection to draw the panel from. Start the selection (again)." },
  errorSelectionStale: {
    nl: "De vrijwilligers of quota's zijn veranderd na de selectie. Start de selectie opnieuw en maak de nieuwe uitkomst openbaar voordat u het panel loot.",
    en: "The volunteers or quotas changed after the selection. Run the selection again and publish the new outcome before drawing the panel.",
  },
  errorSelectionRunning: { nl: "Er loopt al een selectie voor dit burgerforum. Wacht tot die klaar is.", en: "A selection for this assembly is already running. Wait until it is done." },
  errorNoPanel: { nl: "Het panel is nog niet geloot.", en: "The panel has not been drawn yet." },
  errorAlreadyWithdrawn: { nl: "Deze vrijwilliger is al afgemeld.", en: "This volunteer has already withdrawn." },
  errorNoAddressColumns: {
    nl: "Kies eerst de kolommen voor straat, huisnummer, postcode en woonplaats: zonder volledig adres worden geen brieven gemaakt.",
    en: "First choose the columns for the street, house number, postcode and place: without a full address no letters are made.",
  },
  errorLetterCodesUnavailable: {
    nl: "Deze brieven zijn geloot voordat codes uit het servergeheim werden afgeleid; hun codes zijn niet bewaard, dus ze kunnen niet opnieuw worden afgedrukt. De verstuurde brieven blijven werken.",
    en: "These letters were drawn before codes were derived from the server secret; their codes were not kept, so they cannot be printed again. The letters already sent still work.",
  },
  errorPersonalDataDeleted: { nl: "De adressen en codes zijn al verwijderd.", en: "The addresses and codes have already been deleted." },
  errorConflict: { nl: "Iemand anders veranderde dit tegelijk met u. Laad de pagina opnieuw en kijk of het nog nodig is.", en: "Someone else changed this at the same time. Reload the page and see whether it is still needed." },
  errorNoAlternates: {
    nl: "Er zijn geen vrijwilligers die deze afvallers kunnen vervangen terwijl het panel aan alle quota's blijft voldoen.",
    en: "No volunteers can replace these dropouts while the panel keeps every quota.",
  },
  errorAnswersOutsideQuotas: {
    nl: "Antwoorden van vrijwilligers passen niet meer bij de quota's (een waarde is hernoemd of verwijderd). Zet de waarde terug of pas de quota's aan. Melding van de server:",
    en: "Volunteers' answers no longer fit the quotas (a value was renamed or removed). Put the value back or change the quotas. The server says:",
  },
  errorLengthRequired: { nl: "De browser stuurde het bestand niet in één keer. Probeer het opnieuw.", en: "The browser did not send the file in one go. Try again." },

  // The survey list and a new survey
  surveys: { nl: "Enquêtes", en: "Surveys" },
  survey: { nl: "Enquête", en: "Survey" },
  responses: { nl: "Antwoorden", en: "Responses" },
  codes: { nl: "Codes", en: "Codes" },
  open: { nl: "Open", en: "Open" },
  closed: { nl: "Gesloten", en: "Closed" },
  draft: { nl: "Concept (nog niet open)", en: "Draft (not open yet)" },
  day: { nl: "Dag", en: "Day" },
  scenario: { nl: "Scenario", en: "Scenario" },
  upload: { nl: "Uploaden", en: "Upload" },
  chooseFile: { nl: "Bestand kiezen", en: "Choose file" },
  noFileChosen: { nl: "Geen bestand gekozen", en: "No file chosen" },

  // Errors
  errorNetwork: {
    nl: "De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.",
    en: "The server cannot be reached. Check the connection and try again.",
  },
  errorUnauthenticated: { nl: "U bent niet meer ingelogd. Log opnieuw in.", en: "You are no longer logged in. Please log in again." },
  errorForbidden: { nl: "Dit mag u niet doen met uw rol en taken.", en: "Your role and tasks do not allow this." },
  errorCsrf: {
    nl: "De beveiliging van dit verzoek klopte niet. Herlaad de pagina en probeer het opnieuw.",
    en: "This request's security check failed. Reload the page and try again.",
  },
  errorNotFound: {
    nl: "De server kent dit niet (HTTP 404): het bestaat niet (meer), of deze versie van de server heeft deze functie nog niet.",
    en: "The server does not know this (HTTP 404): it does not exist (any more), or this version of the server does not have this feature yet.",
  },
  errorNotAvailable: { nl: "Deze server kent deze functie nog niet.", en: "This server does not have this feature yet." },
  errorSurveyFrozen: {
    nl: "Niet opgeslagen: er zijn al antwoorden, dus de scenario's en het aantal punten kunnen niet meer veranderen.",
    en: "Not saved: there are responses already, so the scenarios and the number of points can no longer change.",
  },
  errorSlugTaken: { nl: "Er is al een enquête met deze korte naam. Kies een andere.", en: "There is already a survey with this short name. Choose another." },
  errorNoMargins: { nl: "Er zijn nog geen bevolkingscijfers voor deze enquête.", en: "There are no population figures for this survey yet." },
  errorWeighting: {
    nl: "Wegen lukt niet met deze bevolkingscijfers en antwoorden. Melding van de server:",
    en: "Weighting does not work with these population figures and responses. The server says:",
  },
  errorTooLarge: { nl: "Het bestand is te groot.", en: "The file is too large." },
  errorBusy: { nl: "De server is even te druk. Probeer het over een minuut opnieuw.", en: "The server is busy. Try again in a minute." },
  errorInternal: {
    nl: "Er ging iets mis op de server. Probeer het later opnieuw of meld het aan de beheerder.",
    en: "Something went wrong on the server. Try again later or tell the administrator.",
  },
  errorInput: { nl: "De invoer is niet goed. Melding van de server:", en: "The input is not right. The server says:" },
  errorUnexpected: { nl: "Er ging iets onverwachts mis:", en: "Something unexpected went wrong:" },
} satisfies Catalogue;

export type CommonTextKey = keyof typeof commonTexts;
