package io.retentiondesk.report.sample;

/**
 * The words of the sample export: request types, summaries, comment bodies and names. Ordinary customer-side
 * text avoids churn-intent words on purpose, so every intent hit in a report on the sample is planted (the intent
 * lines, the refund requests of drifting customers, the churn tickets); agent-side text may use them ("we
 * cancelled the duplicate charge and issued a refund"), which a reader must not count.
 */
final class Texts {
    static final int IT_HELP = 0;
    static final int BILLING = 1;
    static final int BUG = 2;
    static final int ACCESS = 3;
    static final int COMPLAINT = 4;

    static final String[] REQUEST_TYPES = {"Get IT help", "Billing question", "Report a bug", "Account access",
        "Complaint"};
    static final String[] REQUEST_TYPE_IDS = {"12", "13", "14", "15", "16"};
    /** Relative frequency of the non-complaint request types. */
    static final double[] REQUEST_TYPE_WEIGHTS = {0.34, 0.18, 0.28, 0.20};

    /** Summary and component, by request type. */
    static final String[][][] SUMMARIES = {
        {
            {"Cannot connect to VPN from home", "Network"},
            {"Laptop will not boot after the update", "Hardware"},
            {"Printer on floor 3 is offline", "Hardware"},
            {"Email not syncing on mobile", "Email"},
            {"Please install Visio on my laptop", "Software"},
            {"Wi-Fi keeps dropping in the meeting room", "Network"},
            {"Shared drive is very slow", "Network"},
            {"Calendar invites are not arriving", "Email"},
            {"Request a second monitor", "Hardware"},
            {"Video calls cut out after a few minutes", "Network"},
        },
        {
            {"Invoice amount does not match the quote", "Billing"},
            {"We were charged twice this month", "Billing"},
            {"Need copies of last quarter's invoices", "Billing"},
            {"Please change our billing address", "Billing"},
            {"VAT number missing on the invoice", "Billing"},
            {"Credit note not applied to our account", "Billing"},
            {"Question about the renewal price", "Billing"},
            {"Payment failed with our new card", "Billing"},
        },
        {
            {"Export to CSV button does nothing", "Reports"},
            {"Dashboard shows no data since this morning", "Platform"},
            {"Report crashes when saving", "Reports"},
            {"Search returns an error for long queries", "Platform"},
            {"Mobile app logs out every few minutes", "Mobile app"},
            {"Attachments over 10 MB fail to upload", "Platform"},
            {"Nightly sync job stuck in pending", "Integrations"},
            {"API returns 500 on order lookup", "Integrations"},
            {"Scheduled reports arrive in the wrong time zone", "Reports"},
        },
        {
            {"Password reset link has expired", "Accounts"},
            {"Account locked after failed logins", "Accounts"},
            {"Add a new starter to our account", "Accounts"},
            {"Remove access for a leaver", "Accounts"},
            {"Two-factor codes are not arriving", "Accounts"},
            {"Need admin rights for the billing portal", "Accounts"},
            {"Single sign-on loops back to the start page", "Accounts"},
        },
        {
            {"Product stopped working again after the fix", "Customer care"},
            {"Support engineer was rude on the phone", "Customer care"},
            {"Repeated outages are hurting our business", "Customer care"},
            {"We were charged for a feature we never used", "Customer care"},
            {"Nobody replied to our request for three days", "Customer care"},
            {"Replacement device failed within a week", "Customer care"},
            {"The instructions we were given made things worse", "Customer care"},
            {"Data lost after we followed the import guide", "Customer care"},
            {"Engineer missed the agreed on-site visit", "Customer care"},
            {"Unhappy with how our last request was handled", "Customer care"},
        },
    };
    /** Complaint category label for each complaint summary; {@code null} leaves the complaint uncategorised. */
    static final String[] COMPLAINT_CATEGORIES = {"product-quality", "staff-attitude", "product-quality",
        "misunderstanding", "staff-attitude", "product-quality", "misunderstanding", "misuse", "staff-attitude",
        null};

    static final String[] DESCRIPTION_DETAIL = {
        "It started this morning.",
        "It has been like this since yesterday afternoon.",
        "Several people in our team are affected.",
        "Only one person is affected so far.",
        "We tried restarting, it did not help.",
        "Screenshot attached.",
        "This is blocking our month-end work.",
        "Not urgent, but we would like it sorted this week.",
    };
    static final String[] DESCRIPTION_DETAIL_ZH = {
        "今天早上开始出现。", "从昨天下午一直这样。", "我们团队好几个人受影响。", "重启过了，没有用。", "附上截图。",
    };

    static final String[] CHASERS = {"Any update on this?", "Hello? Still waiting for a reply.",
        "This is urgent for us, please respond.", "Following up again, we still have no answer."};
    static final String[] CHASERS_ZH = {"请问有进展吗？", "还在等回复，很急。", "请尽快回复我们。"};

    static final String[] FIRST_RESPONSES = {"Hi %s, thanks for reaching out. I'm looking into this now.",
        "Thanks %s, I can reproduce the problem and I'm working on it.",
        "Hello %s, we've picked this up and will update you shortly."};
    static final String[] QUESTIONS = {"Hi %s, could you send us a screenshot of the error?",
        "Hi %s, which browser and version are you using?",
        "Hello %s, does this happen for everyone or just for you?"};
    static final String[] FIRST_RESPONSES_ZH = {"%s，您好，我们已经收到，正在处理。", "%s，您好，能否提供一张错误截图？"};
    static final String[] COMPLAINT_RESPONSES = {"I'm sorry about this, %s. I've escalated it to our team lead.",
        "%s, I apologise for the trouble. I'm reviewing what happened and will come back to you today."};
    static final String[] REPLIES = {"Screenshot attached, thanks.", "Chrome, latest version.",
        "It happens for the whole team.", "Yes, still the same after trying that."};
    static final String[] REPLIES_ZH = {"截图已附上，谢谢。", "全组的人都这样。"};

    static final String[] RESOLVED = {"This is fixed now; please let us know if it comes back.",
        "We've applied the change, you should be all set.",
        "Closing this as it is working again on our side."};
    static final String[] RESOLVED_BILLING = {"We cancelled the duplicate charge and issued a refund to your card.",
        "The corrected invoice is attached.", "Your billing details are updated."};
    static final String[] RESOLVED_ZH = {"问题已经解决，如再出现请告诉我们。"};
    static final String WONT_DO = "This is outside what we support, so we're closing this request.";
    static final String CHURN_RESOLVED = "As requested, the account is closed at the end of the current term.";

    static final String[] REOPEN = {"It's broken again, reopening.", "The same problem is back this morning.",
        "This is not fixed, it happened again today."};
    static final String[] REOPEN_ZH = {"问题又出现了。", "还是没有解决，今天又发生了。"};
    static final String[] THANKS = {"Thanks, all good now!", "Confirmed working, thank you.", "Great, thanks."};
    static final String[] THANKS_ZH = {"谢谢，已经好了。"};
    static final String[] STILL_UNHAPPY = {"Still not happy with how this was handled.",
        "This took far too long for something this simple."};

    /** Churn intent, customer side, English: each hits a default intent word or phrase. */
    static final String[] INTENT_EN = {"We are considering cancelling our contract if this continues.",
        "If this is not fixed this week we will switch providers.",
        "We expect a refund for the days the service was down.",
        "Our management has asked me to look into terminating the agreement."};
    /** Churn intent, customer side, Chinese (解约, 退订, 投诉到). */
    static final String[] INTENT_ZH = {"我们考虑解约。", "如果问题再不解决，我们要求退订这项服务。",
        "已经第三次了，我们准备投诉到贵公司总部。"};

    /** Scripted churn-ticket summaries by churn type index (see {@link Customer#CHURN_TYPES}). */
    static final String[] CHURN_SUMMARIES = {"We are closing our office, please close the account",
        "Please terminate our subscription at the end of the term",
        "Please cancel our contract, the service has not been reliable",
        "Cancel our plan, the new price is too high"};
    static final String[] CHURN_DESCRIPTIONS = {"Our company is winding down this location. Thank you for your help over the years.",
        "We have decided to move to another provider. Please confirm the end date.",
        "After the repeated problems of the last weeks we have decided to cancel our contract.",
        "The renewal quote is 30% higher than last year; we cannot justify it and want to cancel."};

    static final String[] CALLBACK_SATISFIED = {"Customer confirmed the fix works, thanked the team",
        "\"All good now\", happy with the credit note", "Confirmed fixed; no further questions"};
    static final String[] CALLBACK_DISSATISFIED = {"Still unhappy, wants a manager to call back",
        "Says \"nothing has changed\", escalated to team lead", "Problem fixed, but unhappy with the delay"};
    static final String[] CALLBACK_UNREACHABLE = {"No answer, left a voicemail", "Phone switched off; sent an e-mail",
        "Out of office until Monday"};

    static final String[] FIRST_NAMES = {"Anna", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Hugo", "Ines",
        "James", "Kofi", "Laura", "Mateo", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sam", "Tara", "Umar",
        "Vera", "Will", "Yuki", "Zoe", "Lena", "Marco", "Sofia", "Tom", "Elif"};
    /** Display form and the ASCII form used in usernames. */
    static final String[][] LAST_NAMES = {{"Smith", "smith"}, {"Jones", "jones"}, {"Garcia", "garcia"},
        {"Müller", "mueller"}, {"Rossi", "rossi"}, {"Novak", "novak"}, {"Kim", "kim"}, {"Okafor", "okafor"},
        {"Silva", "silva"}, {"Dubois", "dubois"}, {"Jensen", "jensen"}, {"Kowalski", "kowalski"},
        {"Patel", "patel"}, {"Nguyen", "nguyen"}, {"Haddad", "haddad"}, {"O'Brien", "obrien"},
        {"Schmidt", "schmidt"}, {"Andersen", "andersen"}, {"Costa", "costa"}, {"Ivanova", "ivanova"},
        {"Tanaka", "tanaka"}, {"Brown", "brown"}, {"Martin", "martin"}, {"López", "lopez"}};
    /** Chinese surname and given name: characters and pinyin. */
    static final String[][] ZH_SURNAMES = {{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"},
        {"陈", "chen"}, {"杨", "yang"}, {"赵", "zhao"}, {"黄", "huang"}, {"周", "zhou"}, {"吴", "wu"}};
    static final String[][] ZH_GIVEN = {{"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"},
        {"磊", "lei"}, {"洋", "yang"}, {"艳", "yan"}, {"勇", "yong"}, {"军", "jun"}};

    static final String[] ORG_WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka",
        "Tyrell", "Cyberdyne", "Soylent", "Vandelay", "Pied Piper", "Dunder", "Gringotts", "Oscorp", "Northwind",
        "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Lucerne", "Margie's", "Alpine",
        "Blue Yonder", "Coho", "Fourth Coffee", "Humongous", "Nod", "Trey", "Wingtip", "Woodgrove", "Bellows",
        "Halcyon", "Kestrel", "Meridian", "Orchard", "Quarry"};
    static final String[] ORG_SUFFIXES = {"Ltd", "GmbH", "Inc", "Group", "Logistics", "Retail", "Health",
        "Finance", "Labs", "Foods", "Energy", "Legal", "Media", "Travel", "Builders", "Insurance", "Partners",
        "Studios", "Motors", "Pharma"};
    /** A few names with a comma, so the value file exercises CSV quoting. */
    static final String[] ORG_WITH_COMMA = {"Baker, Lowe & Co", "Harris, Moss and Partners", "Reed, Vance & Sons"};
    static final String[] ZH_ORGS = {"华信贸易有限公司", "星河科技有限公司", "东方物流集团", "锦程医疗器械有限公司",
        "远景能源有限公司", "青松教育科技有限公司", "海川食品有限公司", "新桥建设集团"};
    static final String[] ZH_ORG_DOMAINS = {"huaxin", "xinghe", "dongfang", "jincheng", "yuanjing", "qingsong",
        "haichuan", "xinqiao"};

    /** The support team: username, display name. */
    static final String[][] AGENTS = {{"nkim", "Nora Kim"}, {"lwalsh", "Liam Walsh"}, {"abello", "Aisha Bello"},
        {"jberg", "Jonas Berg"}, {"mlin", "Mei Lin"}, {"cruiz", "Carlos Ruiz"}, {"fkhan", "Fatima Khan"},
        {"pnovak", "Peter Novak"}, {"slund", "Sara Lund"}, {"dosei", "Daniel Osei"}, {"cjie", "Chen Jie"},
        {"opetrova", "Olga Petrova"}};

    private Texts() {
    }
}
