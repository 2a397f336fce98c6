# Hand annotations, English (T17).  One entry per passage:
#   (article id, first line, last line (1-based, inclusive), [quote, ...])
# quote = (content string, kind, speaker string or None, cue, group, flags)
#   content "A ~~ B" = from the start of A to the end of B; "X@@n" = n-th occurrence (0-based)
#   flags: 'p' = the speaker is referred to by a pronoun at the cue and was resolved by hand
D, R = 'direct', 'reported'
PASSAGES = [
# ---------------- bpoil: Obama / NBC interview, 8 June 2010
('bpoil_bbc/2063', 5, 7, [
    ("I want my life back", D, "Hayward", "comments", "hayward-life-back"),
    ("a big ocean", D, "Hayward", "comments", "hayward-big-ocean"),
    ("He would n't be working for me after any of those statements .", D, "Obama@@0", "said", "obama-hayward-working-for-me"),
    ("so I know whose ass to kick", D, "Obama@@0", "added", "obama-whose-ass", 'p'),
]),
('bpoil_bbc/986', 2, 4, [
    ("I want my life back", D, "Hayward", "comments", "hayward-life-back"),
    ("a big ocean", D, "Hayward", "comments", "hayward-big-ocean"),
    ("He would n't be working for me after any of those statements .", D, "Obama@@0", "said", "obama-hayward-working-for-me"),
    ("so I know whose ass to kick", D, "Obama@@0", "said", "obama-whose-ass", 'p'),
]),
('bpoil_foxnews/949', 2, 6, [
    ("his talks with Gulf fishermen and oil spill experts are not an academic exercise", R, "Barack Obama", "says", None),
    ("so I know whose ass to kick .", D, "Barack Obama", "says", "obama-whose-ass"),
    ("I want my life back", D, "Tony Hayward", "comments", "hayward-life-back"),
    ("a big ocean", D, "Tony Hayward", "comments", "hayward-big-ocean"),
    ("the environmental impact of this disaster is likely to be very , very modest .", D, "Tony Hayward", "comments", None),
    ("He would n't be working for me after any of those statements", D, "Barack Obama", "said", "obama-hayward-working-for-me"),
]),
('bpoil_bbc/515', 4, 8, [
    ("whose ass to kick@@0", D, "Barack Obama", "said", "obama-whose-ass", 'p'),
    ("I was down there a month ago before most of these talking heads were even paying attention to the Gulf", D, "Barack Obama", "said", None, 'p'),
    ("I do n't sit around ~~ whose ass to kick", D, "Barack Obama", "added", "obama-whose-ass", 'p'),
]),
# ---------------- bpoil: Bob Dudley to the WSJ, 7-8 July 2010
('bpoil_foxnews/1866', 11, 12, [
    ("In a perfect world with no interruptions , it 's possible to be ready to stop the well between July 20 and July 27", D, "Bob Dudley", "said", "dudley-perfect-world"),
    ("perfect case", D, "Bob Dudley", "added", "dudley-perfect-case", 'p'),
    ("unlikely .", D, "Bob Dudley", "added", "dudley-unlikely", 'p'),
]),
('bpoil_reuters/291', 3, 4, [
    ("In a perfect world with no interruptions , it is possible to be ready to stop the well between July 20 and July 27", D, "Bob Dudley", "told", "dudley-perfect-world"),
    ("perfect case", D, "Bob Dudley", "said", "dudley-perfect-case"),
    ("unlikely .", D, "Bob Dudley", "said", "dudley-unlikely"),
]),
('bpoil_washingtonpost/2116', 13, 15, [
    ("In a perfect world with no interruptions , it 's possible to be ready to stop the well between July 20 and July 27", D, "Bob Dudley", "told", "dudley-perfect-world"),
    ("unlikely", D, "Bob Dudley", "said", "dudley-unlikely", 'p'),
]),
('bpoil_reuters/206', 3, 4, [
    ("in a perfect world with no interruptions", D, "Bob Dudley", "told", "dudley-perfect-world"),
    ("He -LRB- Dudley -RRB- gave that ~~ it will be August", D, "a spokeswoman", "said", None),
]),
('bpoil_bbc/563', 2, 5, [
    ("ahead of the original schedule of completion in August", D, "A spokeswoman for the company", "told", None),
    ("finishing by 27 July was possible", R, "Bob Dudley", "comments", None),
    ("in a perfect world with no interruptions", D, "Bob Dudley", "said", "dudley-perfect-world"),
    ("perfect case", D, "Bob Dudley", "added", "dudley-perfect-case"),
    ("unlikely", D, "Bob Dudley", "added", "dudley-unlikely"),
]),
# ---------------- bpoil: Eric Holder, 1 June 2010
('bpoil_bbc/1474', 13, 15, [
    ("certainly not ludicrous to assume that the final cost for BP of this mess could wipe out at least an entire year 's profit", D, "Robert Peston", "said", None),
    ("We will prosecute to the fullest extent of the law anyone who has violated the law .", D, "Eric Holder", "said", None),
    ("We will not rest until justice is done .", D, "Eric Holder", "said", "holder-justice"),
]),
('bpoil_reuters/107', 5, 6, [
    ("the U.S. government has launched a criminal probe and that federal agencies , including the FBI , are participating", R, "Eric Holder", "said", None),
    ("We will not rest until justice is done", D, "Eric Holder", "told", "holder-justice"),
]),
('bpoil_guardian/1639', 11, 13, [
    ("it would co-operate fully with any investigation", R, "BP@@0", "said", None),
    ("As our review expands in the days ahead , we will be meticulous , we will be comprehensive , and we will be aggressive", D, "Holder", "told", "holder-review-expands"),
    ("We will not rest until justice is done .", D, "Holder", "told", "holder-justice"),
]),
('bpoil_reuters/1393', 12, 13, [
    ("As our review expands in the days ahead , we will be meticulous , we will be comprehensive , and we will be aggressive", D, "Holder", "told", "holder-review-expands"),
    ("We will not rest until justice is done .", D, "Holder", "told", "holder-justice"),
]),
# ---------------- bpoil: Waxman / Stupak letter, 14-15 June 2010
('bpoil_reuters/1292', 12, 14, [
    ("It appears that BP repeatedly chose ~~ contain the added risk", D, "Henry Waxman and Bart Stupak", "said", "waxman-stupak-letter"),
    ("it would be inappropriate to comment before the hearings", R, "A BP spokesman", "said", None),
]),
('bpoil_bbc/1015', 34, 35, [
    ("taking shortcuts", D, "the heads of two House committees", "accuses", None),
    ("It appears that BP repeatedly chose ~~ contain the added risk", D, "Henry Waxman and Bart Stupak", "say", "waxman-stupak-letter"),
]),
('bpoil_bbc/2038', 29, 33, [
    ("It will take 10 hours to install them . ~~ I do not like this .", D, "a BP official involved in the decisions", "explained", None),
    ("Who cares , it 's done , end of story , will probably be fine .", D, "another official", "added", None),
    ("It appears that BP repeatedly chose ~~ contain the added risk", D, "the congressmen", "write", "waxman-stupak-letter"),
    ("If this is what happened , BP 's carelessness ~~ the workers on the rig", D, "the congressmen", "say", None, 'p'),
]),
# ---------------- SyrianCrisis: King Abdullah statement, 7-8 Aug 2011
('SyrianCrisis_bbc/270', 22, 27, [
    ("historic decision", D, "Abdullah@@0", "declared", None),
    ("Any sane Arab , Muslim or anyone else knows ~~ leads to no path to ... hope", D, "Abdullah@@0", "said", "abdullah-religion-ethics", 'p'),
    ("What is happening in Syria is not acceptable for Saudi Arabia", D, "Abdullah@@0", "added", "abdullah-not-acceptable", 'p'),
    ("There are only two options for Syria 's future : either it chooses wisdom ~~ chaos and loss .", D, "Abdullah@@0", "added", "abdullah-either-wisdom"),
    ("The kingdom of Saudi Arabia ... demands an end to the killing-machine ~~ before it is too late .", D, "Abdullah@@0", "added", "abdullah-killing-machine"),
    ("Syria should think wisely before it is too late and issue and enact reforms that are not merely promises but actual reforms", D, "Abdullah@@0", "concluded", "abdullah-think-wisely", 'p'),
]),
('SyrianCrisis_reuters/239', 4, 7, [
    ("nothing to do with religion , or values , or ethics .", D, "Abdullah@@0", "said", "abdullah-religion-ethics"),
    ("Syria must be open to change", R, "Abdullah@@0", "warning", None, 'p'),
    ("Syria should think wisely before it 's too late and issue and enact reforms", D, "Abdullah@@0", "said", "abdullah-think-wisely", 'p'),
    ("Either it chooses wisdom on its own or it will be pulled down into the depths of turmoil and loss .", D, "Abdullah@@0", "said", "abdullah-either-wisdom"),
]),
('SyrianCrisis_reuters/47', 26, 28, [
    ("What is happening in Syria is not acceptable for Saudi Arabia", D, "the Saudi king", "said", "abdullah-not-acceptable"),
    ("Syria should think wisely before it 's too late and issue and enact reforms that are not merely promises but actual reforms .", D, "the Saudi king", "said", "abdullah-think-wisely"),
    ("Either it chooses wisdom on its own or it will be pulled down into the depths of turmoil and loss .", D, "the Saudi king", "said", "abdullah-either-wisdom"),
]),
('SyrianCrisis_bbc/270', 41, 44, [
    ("his government is enacting reforms", R, "Assad@@0", "insisted", None),
    ("armed terrorist gangs", D, "Assad@@0", "blames", None, 'p'),
    ("Syria is on the path to reform", D, "Assad@@0", "telling", None, 'p'),
    ("To deal with outlaws who cut off roads ~~ protect the lives of civilians", D, "Assad@@0", "added", "assad-outlaws-duty", 'p'),
]),
# ---------------- LibyaWar: Clinton to Congress 1 March 2011; Obama 26 Feb 2011
('LibyaWar_reuters/122', 2, 5, [
    ("Libya may become a peaceful democracy or face a drawn-out civil war", R, "Hillary Clinton", "said", "clinton-peaceful-democracy"),
    ("U.S. global leadership needs resolve and resources", R, "Hillary Clinton", "told"),
    ("In the years ahead , Libya could become a peaceful democracy ~~ The stakes are high", D, "Hillary Clinton", "said", "clinton-peaceful-democracy", 'p'),
]),
('LibyaWar_reuters/145', 5, 9, [
    ("the veteran ruler would not step down or go into exile", R, "Saif al-Islam", "said", None, 'p'),
    ("Using force against Libya is not acceptable . ~~ we are not afraid", D, "Saif al-Islam", "told", None, 'p'),
    ("We live here , we die here .", D, "Saif al-Islam", "adding", None, 'p'),
    ("Libya could become a peaceful democracy or it could face protracted civil war .", D, "Hillary Clinton", "told", "clinton-peaceful-democracy"),
    ("making it clear that the order came from the very top .", D, "Hillary Clinton", "said", None, 'p'),
]),
('LibyaWar_cnn/225', 35, 38, [
    ("coordinate our urgent efforts to respond to developments and ensure appropriate accountability", D, "Barack Obama", "telling", None),
    ("when a leader 's only means of staying in power ~~ by leaving now .", D, "Barack Obama", "said", "obama-gaddafi-leave-now"),
    ("Moammar Gadhafi has lost the confidence of his people and he should go without further bloodshed and violence", D, "Hillary Clinton", "said", None),
]),
# ---------------- H1N1: Cordova and Chan, 24-26 April 2009
('H1N1_guardian/26', 10, 12, [
    ("We are very , very concerned .", D, "Jose Angel Cordova", "said", "cordova-very-concerned"),
]),
('H1N1_guardian/1194', 26, 27, [
    ("We are very , very concerned .", D, "Jos Angel C rdova", "said", "cordova-very-concerned"),
]),
('H1N1_bbc/240', 1, 2, [
    ("A new flu virus suspected of killing ~~ has the potential to become a pandemic", R, "Margaret Chan", "says", None),
    ("health emergency of international concern", D, "Margaret Chan", "said", "chan-pheic"),
]),
('H1N1_bbc/240', 5, 6, [
    ("the strain of swine flu had spread widely and could not be contained", R, "A top US health official", "said", None),
    ("the current events constitute a public health emergency of international concern", D, "Chan", "said", "chan-pheic"),
]),
('H1N1_bbc/1200', 27, 28, [
    ("a public health emergency of international concern", D, "Margaret Chan", "said", "chan-pheic"),
    ("countries needed to co-operate in heightening surveillance", R, "Margaret Chan", "said", None),
]),
# ---------------- EgyptianProtest: Interior Ministry warning, 26 Jan 2011
('EgyptianProtest_cnn/148', 1, 2, [
    ("will not allow any provocative movement or a protest or rallies or demonstrations .", D, "the Interior Ministry", "warned", "egypt-interior-ministry-warning"),
]),
('EgyptianProtest_cnn/49', 72, 74, [
    ("will not allow any provocative movement or a protest or rallies or demonstrations .", D, "the Interior Ministry", "warned", "egypt-interior-ministry-warning"),
]),
# ---------------- IraqWar: Bush, Woodrow Wilson Centre speech, 14 Dec 2005
('IraqWar_guardian/140', 2, 7, [
    ("victory is achieved", D, "Bush@@0", "pledged", None),
    ("It is true that much of the intelligence turned out to be wrong", D, "Bush@@0", "said", "bush-intelligence-wrong"),
    ("As president , I am responsible for the decision to go into Iraq .", D, "Bush@@0", "said", "bush-responsible"),
    ("My decision to remove Saddam Hussein was the right decision . ~~ no longer in power .", D, "Bush@@0", "added", None, 'p'),
]),
('IraqWar_guardian/27', 1, 6, [
    ("turned out to be wrong@@0", D, "Bush@@0", "conceded", "bush-intelligence-wrong"),
    ("It is true that much of the intelligence turned out to be wrong", D, "Bush@@0", "said", "bush-intelligence-wrong", 'p'),
    ("other intelligence agencies had made similar mistakes , and Democratic politicians had voted for war based on the same intelligence the president had seen", R, "Bush@@0", "repeated", None, 'p'),
    ("the final decision to invade had been his alone", R, "Bush@@0", "acknowledged", None),
    ("As president , I am responsible for the decision to go into Iraq", D, "Bush@@0", "said", "bush-responsible", 'p'),
]),
# ---------------- haiti: Clinton in Port-au-Prince, 16 Jan 2010
('haiti_bbc/1479', 1, 2, [
    ("there has been gunfire and looting in some areas", R, "Matt Frei", "says", None),
    ("here today , tomorrow and for the time ahead", D, "Hillary Clinton", "told", "clinton-haiti-here-today"),
]),
('haiti_bbc/1481', 41, 43, [
    ("one of the largest relief efforts in its history", D, "Barack Obama", "called", None),
    ("here today , tomorrow and for the time ahead", D, "Hillary Clinton", "told", "clinton-haiti-here-today", 'p'),
    ("Haiti can come back even better and stronger in the future", D, "Hillary Clinton", "asserting", None, 'p'),
]),
('haiti_bbc/961', 2, 4, [
    ("massive influx", D, "Medecins sans Frontieres", "reported", None),
]),
# ---------------- MJ: family statement, 27-28 June 2009
('MJ_bbc/606', 20, 22, [
    ("one of the darkest moments of our lives", D, "Joseph Jackson", "called", "mj-darkest-moments"),
    ("It leaves us , his family , ~~ almost impossible at times", D, "Joseph Jackson", "said", "mj-leaves-us-speechless"),
]),
('MJ_bbc/249', 29, 30, [
    ("one of the darkest moments of our lives", D, "Joseph", "described", "mj-darkest-moments"),
    ("It leaves us , his family , ~~ almost impossible at times", D, "Joseph", "said", "mj-leaves-us-speechless", 'p'),
]),
# ---------------- LibyaWar: Reagan's "mad dog" (historical)
('LibyaWar_cnn/284', 22, 24, [
    ("mad dog of the Middle East .", D, "Ronald Reagan", "dubbed", None),
]),
# ---------------- Finan: title in quotes + reported statement
('Finan_washingtonpost/995', 13, 14, [
    ("the fundamentals of the economy are strong", R, "McCain", "statement", None),
]),
# ---------------- bpoil: officials briefing reporters
('bpoil_guardian/862', 16, 18, [
    ("BP has yet to sign on to Obama 's plan", R, "administration officials briefing reporters before the speech", "admitted", None),
]),
# ================= passages with no quotation (negatives)
('Finan_washingtonpost/995', 377, 379, []),   # "That said", nickname in quotes
('Finan_washingtonpost/361', 15, 17, []),     # so-called `` principal transactions ''
('EgyptianProtest_cnn/141', 331, 333, []),    # so-called `` La Nina ''
('IraqWar_guardian/249', 3, 4, []),           # "the phrase `` ... ''" (mention, not utterance)
('IraqWar_guardian/84', 7, 9, []),            # "is said to be" without a source
('H1N1_bbc/488', 26, 28, []),                 # "was said to be" without a source
('haiti_bbc/419', 19, 21, []),                # "are said to be" without a source
('MJ_bbc/601', 32, 33, []),                   # nickname `` Prince of Darkness ''
('MJ_bbc/114', 7, 10, []),                    # "Often called the King of Pop"
('SyrianCrisis_reuters/104', 11, 12, []),     # so-called `` Syrian exception ''
('SyrianCrisis_reuters/318', 3, 4, []),       # so-called without marks
('LibyaWar_reuters/22', 2, 3, []),            # announced the formation of an `` interim government ''
('bpoil_guardian/628', 5, 7, []),
('bpoil_washingtonpost/1923', 7, 9, []),
('EgyptianProtest_cnn/9', 3, 5, []),
('haiti_bbc/955', 3, 5, []),
('LibyaWar_cnn/197', 4, 6, []),               # "ask questions" (not an utterance)
]
