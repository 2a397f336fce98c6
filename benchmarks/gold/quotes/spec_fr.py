# Hand annotations, French (ml-crisis/fr).  One entry per passage:
#   (path under ml-crisis/fr, line (1-based) where the passage starts, first words, last words, outlet, [quote, ...])
# The passage is the exact file text from the first words (on that line) to the last words (inclusive).
# quote = (content string, kind, speaker string or None, cue, group, flags) -- same conventions as spec_en.py
D, R = 'direct', 'reported'
FIG = 'libya/2011-02-26/ext_65.txt'      # Le Figaro, "minute par minute" page
LIB = 'syria/2011-08-08/ext_51.txt'      # outlet not named in the scraped page
PT = 'syria/2011-08-09/ext_135.txt'      # Le Point
PASSAGES = [
(FIG, 9, "22h05", "«des crimes qui ont été commis».", 'Le Figaro', [
    ("partir maintenant", D, "Barack Obama", "a déclaré", "obama-gaddafi-leave-now"),
    ("L'ancien ministre libyen de la Justice ~~ dans l'est de la Libye", R, "le journal libyen Kourina", "rapporte"),
    ("la tribu du dirigeant libyen est pardonnée", R, "Moustafa Mohamed Aboud Adjleïl", "affirme"),
    ("des crimes qui ont été commis", D, "Moustafa Mohamed Aboud Adjleïl", "affirme"),
]),
(FIG, 13, "19h15", "a-t-il déclaré.", 'Le Figaro', [
    ("excellente", D, "Seif Al-Islam", "a estimé"),
    ("volonté intérieure de changement", D, "Seif Al-Islam", "reconnaissant"),
    ("tous les scénarios étaient possibles en Libye, y compris une guerre civile", R, "Seif Al-Islam", "a déclaré"),
    ("Ce que la nation libyenne ~~ sont désormais visibles", D, "Seif Al-Islam", "a-t-il déclaré", None, 'p'),
]),
(FIG, 16, "18h03", "a-t-il ajouté.", 'Le Figaro', [
    ("Mouammar Kadhafi ne pouvait pas rester au pouvoir en Libye", R, "Guido Westerwelle", "assuré"),
    ("Le dictateur ne peut pas rester", D, "Guido Westerwelle", "a souligné"),
    ("Une dynastie qui mène une guerre si brutale contre son propre peuple est finie", D, "Guido Westerwelle", "a-t-il ajouté", None, 'p'),
]),
(FIG, 22, "15h09", "à Istanbul.", 'Le Figaro', [
    ("calculs", D, "Recep Tayyip Erdogan", "accusant"),
    ("Toute intervention rendra ~~ à chaque incident", D, "Recep Tayyip Erdogan", "a déclaré"),
]),
(FIG, 28, "12h20", "a-t-il souligné.", 'Le Figaro', [
    ("il semble que Kadhafi ne contrôle plus la situation en Libye", D, "Berlusconi", "Pour"),
    ("Si nous sommes tous d'accord, nous pouvons mettre fin au bain de sang et soutenir le peuple libyen", D, "Berlusconi", "a ajouté"),
    ("le scénario géopolitique est en train de changer et que l'Italie est concernée", D, "Berlusconi", "a relevé"),
    ("Personne n'a pu prévoir ~~ ce qui va se passer", D, "Berlusconi", "a-t-il souligné", None, 'p'),
]),
(FIG, 40, "00h00", "d'une voie émue.", 'Le Figaro', [
    ("Vous ne pouvez pas être un dirigeant, un roi ou un président si vous tuez votre peuple", D, "Mohammed Shalgham", "a-t-il expliqué", None, 'p'),
    ("S'il vous plaît, Nations unies, sauvez la Libye. Qu'il n'y ait pas d'effusion de sang, pas de tueries", D, "Mohammed Shalgham", "implorer", None, 'p'),
    ("S'il vous plaît, s'il vous plaît, adoptez une résolution courageuse", D, "Mohammed Shalgham", "a-t-il ajouté", None, 'p'),
]),
(FIG, 38, "02h22", "ajoute le président américain.", 'Le Figaro', [
    ("Le président américain Barack Obama a imposé hier des sanctions à l'encontre de Kadhafi et de ses proches", R, "la Maison-Blanche", "indique"),
    ("Ces sanctions visent (...) le régime Kadhafi, mais protègent les avoirs qui appartiennent au peuple libyen", D, "Barack Obama", "ajoute"),
]),
(FIG, 35, "10h30", "Ras Jedir.", 'Le Figaro', [
    ("Le consulat d'Egypte à Tunis nous a dit que les Egyptiens allaient organiser aujourd'hui 17 vols", D, "Monji Slim", "a déclaré"),
    ("envoyer un navire vers Zarzis", D, "Monji Slim", "a déclaré"),
]),
('libya/2011-02-16/ext_26.txt', 5, "Trente-huit personnes ont été blessées", "faisait état de 14 blessés.", "L'Obs", [
    ("Trente-huit personnes ont été blessées ~~ entre des manifestants et les forces de l'ordre", R, "Abdelkarim Gubeaili", "a indiqué"),
    ("Trente-huit personnes ont été admises à l'hôpital pour des blessures", D, "Abdelkarim Gubeaili", "a déclaré"),
    ("toutes les blessures étaient légères", R, "Abdelkarim Gubeaili", "précisant"),
    ("bagarres entre manifestants qui en étaient venus aux mains", D, "Abdelkarim Gubeaili", "précisant"),
]),
(LIB, 29, "Pour la première fois", "leurs ambassadeurs à Damas.", None, [
    ("consultations", D, "Abdallah", "a annoncé"),
    ("arrêter la machine de mort", D, "Abdallah", "incitant", "abdullah-killing-machine"),
    ("avant qu'il ne soit trop tard", D, "Abdallah", "incitant", "abdullah-killing-machine"),
]),
(LIB, 32, "Dans une nouvelle tentative", "a ainsi déclaré M. Assad.", None, [
    ("à bout de patience", D, "Ankara", "se disant"),
    ("renvoyer les soldats dans leurs casernes", D, "Hillary Clinton", "a demandé"),
    ("hors-la-loi@@0", D, "le régime", "accuser"),
    ("le recours à la force qui a coûté la vie à plus de 2.000 personnes depuis le 15 mars", R, "des ONG", "selon"),
    ("Agir face aux hors-la-loi ~~ protéger la vie des citoyens", D, "Assad", "a ainsi déclaré", "assad-outlaws-duty"),
]),
(LIB, 39, "Après les sanctions", "des «mensonges».", None, [
    ("immédiatement", D, "la Ligue arabe", "exhorté"),
    ("contrevient à la religion, aux valeurs humaines et à la morale", D, "Abdallah", "a estimé", "abdullah-religion-ethics", 'p'),
    ("mensonges", D, "Son régime", "accusé"),
]),
(PT, 5, "Après une rencontre", "par l'agence officielle Sana.", 'Le Point', [
    ("les groupes terroristes", D, "le président syrien", "a affirmé"),
    ("Nous n'allons pas fléchir dans la poursuite des groupes terroristes", D, "le président syrien", "a-t-il dit", None, 'p'),
]),
(PT, 9, "Plus pessimiste", "(OSDH).", 'Le Point', [
    ("point de non retour", D, "l'Egypte", "a indiqué"),
    ("les forces de sécurité ont poursuivi ~~ le bilan des morts s'est alourdi", R, "l'Observatoire syrien des droits de l'Homme", "selon"),
]),
(PT, 11, "Trente civils", "a affirmé l'OSDH.", 'Le Point', [
    ("ont péri dans différents quartiers de Deir Ezzor prise d'assaut par les chars et des véhicules militaires", D, "l'OSDH", "a affirmé"),
]),
(PT, 15, "Un homme de 35 ans", "le pain ou la farine\".", 'Le Point', [
    ("Un homme de 35 ans est par ailleurs mort après avoir été torturé par les forces du régime", R, "ses proches", "selon"),
    ("pénurie aiguë de produits alimentaires", D, "l'un des militants", "a ajouté"),
    ("La situation est insupportable ~~ le pain ou la farine", D, "l'un des militants", "a ajouté"),
]),
(PT, 21, "\"Nous devons aider", "a commenté un avocat des droits de l'Homme.", 'Le Point', [
    ("Nous devons aider la Syrie ~~ dans les affaires de la région", D, "Alaeddin Boroujerdi", "a dit"),
    ("La situation est très dangereuse ~~ en lui retirant sa légitimité", D, "un avocat des droits de l'Homme", "a commenté"),
]),
('syria/2011-08-02/gv_46.txt', 6, "Le twittonaute syrien", "faire tomber le régime. #RamadanMassacre", 'Global Voices', [
    ("Je laisse mes compatriotes kurdes ~~ de la famille Assad. #RamadanMassacre", D, "@LeShaque", "déclaré"),
    ("Depuis le mois de mars, plus de 2000 personnes ~~ faire tomber le régime. #RamadanMassacre", D, "@BachaarArnaout", "en déclarant"),
]),
('egypt/2012-09-09/ext_26.txt', 14, "Enfin, Kemal", "la visite du chef de l'opposition !", None, [
    ("il allait se rendre prochainement aux camps de Hatay, de Kilis et de Ghazi Antab", R, "Kemal Kiliçdaroglu", "a confirmé"),
]),
# ================= passages with no quotation (negatives)
(FIG, 5, "MINUTE PAR MINUTE", "à l'est de Tripoli.", 'Le Figaro', []),
(FIG, 31, "12h07", "le riche état pétrolier.", 'Le Figaro', []),
(FIG, 19, "16h34", "à l'est de Tripoli.", 'Le Figaro', []),          # scare quotes «mercenaires»
(LIB, 42, "Malgré la répression", "après la prière du soir.", None, []),
(LIB, 36, "Il a parallèlement", "«dirigeant de l'Etat et de la société».", None, []),  # quoted constitutional wording; "annoncé des réformes" + NP
('libya/2011-08-30/ext_110.txt', 10, "Né en 1975", "colonel Mouammar Kadhafi.", None, []),
('syria/2013-01-07/ext_2.txt', 27, "Depuis les premières", "a basculé dans la guerre civile.", None, []),
('libya/2011-08-29/ext_17.txt', 6, "Fosses communes", "étaient dans Tripoli.", None, []),   # "a publié des témoignages" + NP
('syria/2013-06-27/ext_56.txt', 5, "La Syrie a franchi", "notre dessinateur Georges.", None, []),
('libya/2011-05-29/ext_77.txt', 18, "J'ai approuvé", "le même sac des soupçons.", None, []),  # "ce que vous écriviez" (reader comment)
]
