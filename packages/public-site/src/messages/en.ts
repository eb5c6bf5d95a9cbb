import type { PublicMessages } from "./nl.ts";

/** English text of the public residents' pages, plain language (the Dutch catalogue is the source). */
export const en: PublicMessages = {
  languageName: "English",
  siteName: "Worried about a child?",
  siteNameFor: "Worried about a child? Municipality of {municipality}",
  skipLink: "Skip to content",
  quickExit: "Leave now",
  quickExitHint: "Leave now: this page disappears and you go to another website. You can also press the Esc key.",
  professionalsSignIn: "Sign in for professionals",
  otherLanguage: "Other language",

  start: {
    title: "Worried about a child?",
    lead: "Are you worried about a child? Or is there violence in your home? You are not alone. Here you can read what you can do now and where to get help in your municipality.",
    chooseMunicipality: "Choose your municipality",
    chooseMunicipalityHint: "Then you see the help near you.",
  },

  now: {
    heading: "What can you do now?",
    danger: {
      title: "Is someone in danger right now?",
      text: "Is a child or someone else in danger right now? Call 112 immediately.",
      call: "Call 112",
      number: "112",
    },
    veiligThuis: {
      title: "Advice or a report: Veilig Thuis",
      text: "Not sure if something is wrong? Or do you want to report something? Call Veilig Thuis. The number is free. You can call day and night. You can ask for advice without giving your name. When you make a report, Veilig Thuis usually asks who you are. Feel free to ask what happens with your name.",
      call: "Call Veilig Thuis: 0800-2000",
      number: "0800-2000",
    },
    kindertelefoon: {
      title: "Are you a child or a teenager? De Kindertelefoon",
      text: "Is something happening at home that does not feel right? Talk about it with De Kindertelefoon. Calling is free and anonymous. You do not have to give your name.",
      call: "Call De Kindertelefoon: 0800-0432",
      number: "0800-0432",
    },
    sources: "Sources: Veilig Thuis, the national advice and reporting centre for domestic violence and child abuse (0800-2000); the municipality's child abuse action plan, theme 2 “Recognising and acting”.",
  },

  topics: {
    heading: "What is your question about?",
    all: "All help",
    "zorgen-kind": { title: "I am worried about a child", text: "A child in your neighbourhood, in your family, or your own child." },
    "geweld-thuis": { title: "There is violence in our home", text: "Hitting, shouting, threats or something else that is not safe." },
    opvoeden: { title: "I want help with parenting", text: "Questions about raising your child, behaviour or development." },
    scheiding: { title: "We are separating", text: "Help with separation, for parents and children." },
    jongeren: { title: "I am young and things are hard", text: "For young people who are struggling at home or with themselves." },
  },

  search: {
    heading: "Find help in {municipality}",
    queryLabel: "Search by word",
    queryHint: "For example: wijkteam, parenting, huisarts (GP)",
    wijkLabel: "Neighbourhood",
    wijkAll: "All neighbourhoods",
    topicLabel: "Topic",
    submit: "Search",
    reset: "Clear search",
    resultsFor: "{count} organisations found",
    resultsForOne: "1 organisation found",
    noResults: "No organisations found. Try another word, or choose “All neighbourhoods”. Not sure? Call Veilig Thuis: 0800-2000.",
    inWijk: "In the neighbourhood {wijk}",
    forEveryone: "For all of {municipality}",
    featured: "Shown first",
    queryTooLong: "Your search word is too long. Use at most 100 characters.",
  },

  organisation: {
    phone: "Phone",
    call: "Call {phone}",
    website: "Website",
    address: "Address",
    openingHours: "Opening hours",
    email: "Email",
    wijk: "Area",
    services: "What can they help with?",
    targetGroups: "For whom?",
    back: "Back to help in {municipality}",
    backGeneric: "Back to the overview",
    worksIn: "Works in",
    wholeRegion: "the whole region",
  },

  privacy: {
    title: "Privacy and visiting safely",
    body: [
      "These pages belong to your municipality. We want you to be able to visit them safely.",
      "We do not use cookies. We do not track who visits these pages. We do not use services of other companies. Your browser loads everything from this website and nowhere else.",
      "We do not keep what you type in the search box. It does appear in the address bar and in your browser history.",
      "The “Leave now” button takes you to another website straight away. This page then also disappears from your browser's Back button. Other pages you visited before are still in your history.",
      "Do you not want anyone to see that you were here? Use a private (incognito) window, or clear your browser history afterwards.",
    ],
    contact: "Questions about privacy? Contact your municipality.",
  },

  poster: {
    title: "Poster",
    linkText: "Poster to put up (A4)",
    heading: "Worried about a child?",
    sub: "Or violence in your home? You are not alone.",
    scan: "Scan the code for help in {municipality}",
    printHint: "Print this page on A4 (portrait). The buttons and this explanation are not printed.",
  },

  footer: {
    privacy: "Privacy and visiting safely",
    owner: "A page of the Municipality of {municipality}",
    ownerRegion: "A page of the municipalities in the region",
  },

  notFound: {
    title: "Page not found",
    text: "This page does not exist (any more). Need help? Call Veilig Thuis: 0800-2000. Is someone in danger right now? Call 112.",
    back: "To the start page",
  },

  unavailable: {
    title: "Temporarily unavailable",
    text: "This page is temporarily unavailable. Need help? Call Veilig Thuis: 0800-2000. Is someone in danger right now? Call 112.",
  },

  defaultIntro:
    "Children should grow up safely. Sometimes things go wrong at home. Then it is important that someone does something. On this page you can find help near you.",
};
