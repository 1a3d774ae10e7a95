/**
 * Kazakh dictionary for the bpmn-js / diagram-js `translate` service.
 *
 * Glossary, used the same way everywhere:
 *   task — тапсырма; activity — әрекет; event — оқиға; gateway — шлюз;
 *   sub-process — қосалқы процесс; ad-hoc — регламенттелмеген; lane — жолақ;
 *   pool/participant — пул/қатысушы; data object — деректер объектісі;
 *   data store — деректер қоймасы; message — хабарлама; timer — таймер;
 *   signal — сигнал; error — қате; escalation — эскалация; compensation — өтемақы;
 *   conditional — шартты; link — сілтеме; cancel — болдырмау; terminate — тоқтату;
 *   start — бастапқы; intermediate — аралық; end — соңғы; boundary — шекаралық;
 *   catch — қабылдайтын; throw — жіберетін; non-interrupting — үзбейтін;
 *   collapsed — жиналған; expanded — жайылған; multi-instance — көп даналы;
 *   append / add — қосу; create — құру; activate — іске қосу; connect — байланыстыру;
 *   flow — ағын; sequence flow — реттілік ағыны; text annotation — мәтіндік түсініктеме.
 */
export const kk: Record<string, string> = {
  // --- palette / tools
  'Activate create/remove space tool': 'Кеңістік қосу/алып тастау құралын іске қосу',
  'Activate global connect tool': 'Жаһандық байланыстыру құралын іске қосу',
  'Activate hand tool': '«Қол» құралын іске қосу',
  'Activate lasso tool': '«Лассо» құралын іске қосу',
  'Create data object reference': 'Деректер объектісін құру',
  'Create data store reference': 'Деректер қоймасын құру',
  'Create end event': 'Соңғы оқиға құру',
  'Create expanded sub-process': 'Жайылған қосалқы процесс құру',
  'Create gateway': 'Шлюз құру',
  'Create group': 'Топ құру',
  'Create intermediate/boundary event': 'Аралық/шекаралық оқиға құру',
  'Create pool/participant': 'Пул/қатысушы құру',
  'Create start event': 'Бастапқы оқиға құру',
  'Create task': 'Тапсырма құру',

  // --- context pad
  'Add lane above': 'Жоғарыдан жолақ қосу',
  'Add lane below': 'Төменнен жолақ қосу',
  'Add text annotation': 'Мәтіндік түсініктеме қосу',
  'Append compensation activity': 'Өтемақы әрекетін қосу',
  'Append conditional intermediate catch event': 'Қабылдайтын аралық шартты оқиға қосу',
  'Append end event': 'Соңғы оқиға қосу',
  'Append gateway': 'Шлюз қосу',
  'Append intermediate/boundary event': 'Аралық/шекаралық оқиға қосу',
  'Append message intermediate catch event': 'Қабылдайтын аралық хабарлама оқиғасын қосу',
  'Append receive task': 'Хабарлама қабылдау тапсырмасын қосу',
  'Append signal intermediate catch event': 'Қабылдайтын аралық сигнал оқиғасын қосу',
  'Append task': 'Тапсырма қосу',
  'Append timer intermediate catch event': 'Қабылдайтын аралық таймер оқиғасын қосу',
  'Change element': 'Элементті өзгерту',
  'Connect to other element': 'Басқа элементпен байланыстыру',
  'Connect using association': 'Ассоциация арқылы байланыстыру',
  'Connect using data input association': 'Деректерді енгізу ассоциациясы арқылы байланыстыру',
  'Delete': 'Жою',
  'Divide into three lanes': 'Үш жолаққа бөлу',
  'Divide into two lanes': 'Екі жолаққа бөлу',

  // --- align / distribute
  'Align elements': 'Элементтерді туралау',
  'Align elements bottom': 'Элементтерді төменгі шеті бойынша туралау',
  'Align elements center': 'Элементтерді көлденең ортасы бойынша туралау',
  'Align elements left': 'Элементтерді сол жақ шеті бойынша туралау',
  'Align elements middle': 'Элементтерді тік ортасы бойынша туралау',
  'Align elements right': 'Элементтерді оң жақ шеті бойынша туралау',
  'Align elements top': 'Элементтерді жоғарғы шеті бойынша туралау',
  'Distribute elements horizontally': 'Элементтерді көлденеңінен біркелкі бөлу',
  'Distribute elements vertically': 'Элементтерді тігінен біркелкі бөлу',

  // --- replace menu: header toggles
  'Collection': 'Жинақ',
  'Loop': 'Цикл',
  'Parallel multi-instance': 'Параллель көп даналы',
  'Participant multiplicity': 'Көп даналы қатысушы',
  'Sequential multi-instance': 'Тізбекті көп даналы',
  'Toggle non-interrupting': 'Үзбейтін режимді қосу/өшіру',

  // --- tasks and activities
  'Business rule task': 'Бизнес-ереже тапсырмасы',
  'Call activity': 'Шақыру әрекеті',
  'Manual task': 'Қолмен орындалатын тапсырма',
  'Receive task': 'Хабарлама қабылдау тапсырмасы',
  'Script task': 'Скрипт тапсырмасы',
  'Send task': 'Хабарлама жіберу тапсырмасы',
  'Service task': 'Сервистік тапсырма',
  'Task': 'Тапсырма',
  'User task': 'Пайдаланушы тапсырмасы',

  // --- sub-processes
  'Ad-hoc sub-process': 'Регламенттелмеген қосалқы процесс',
  'Ad-hoc sub-process (collapsed)': 'Регламенттелмеген қосалқы процесс (жиналған)',
  'Ad-hoc sub-process (expanded)': 'Регламенттелмеген қосалқы процесс (жайылған)',
  'Event sub-process': 'Оқиғалық қосалқы процесс',
  'Sub-process': 'Қосалқы процесс',
  'Sub-process (collapsed)': 'Қосалқы процесс (жиналған)',
  'Sub-process (expanded)': 'Қосалқы процесс (жайылған)',
  'Transaction': 'Транзакция',

  // --- gateways
  'Complex gateway': 'Күрделі шлюз',
  'Event-based gateway': 'Оқиғаға негізделген шлюз',
  'Exclusive gateway': 'Эксклюзивті шлюз',
  'Inclusive gateway': 'Инклюзивті шлюз',
  'Parallel gateway': 'Параллель шлюз',

  // --- start events
  'Start event': 'Бастапқы оқиға',
  'Compensation start event': 'Бастапқы өтемақы оқиғасы',
  'Conditional start event': 'Бастапқы шартты оқиға',
  'Conditional start event (non-interrupting)': 'Бастапқы шартты оқиға (үзбейтін)',
  'Error start event': 'Бастапқы қате оқиғасы',
  'Escalation start event': 'Бастапқы эскалация оқиғасы',
  'Escalation start event (non-interrupting)': 'Бастапқы эскалация оқиғасы (үзбейтін)',
  'Message start event': 'Бастапқы хабарлама оқиғасы',
  'Message start event (non-interrupting)': 'Бастапқы хабарлама оқиғасы (үзбейтін)',
  'Signal start event': 'Бастапқы сигнал оқиғасы',
  'Signal start event (non-interrupting)': 'Бастапқы сигнал оқиғасы (үзбейтін)',
  'Timer start event': 'Бастапқы таймер оқиғасы',
  'Timer start event (non-interrupting)': 'Бастапқы таймер оқиғасы (үзбейтін)',

  // --- intermediate events
  'Intermediate throw event': 'Жіберетін аралық оқиға',
  'Compensation intermediate throw event': 'Жіберетін аралық өтемақы оқиғасы',
  'Conditional intermediate catch event': 'Қабылдайтын аралық шартты оқиға',
  'Escalation intermediate throw event': 'Жіберетін аралық эскалация оқиғасы',
  'Link intermediate catch event': 'Қабылдайтын аралық сілтеме оқиғасы',
  'Link intermediate throw event': 'Жіберетін аралық сілтеме оқиғасы',
  'Message intermediate catch event': 'Қабылдайтын аралық хабарлама оқиғасы',
  'Message intermediate throw event': 'Жіберетін аралық хабарлама оқиғасы',
  'Signal intermediate catch event': 'Қабылдайтын аралық сигнал оқиғасы',
  'Signal intermediate throw event': 'Жіберетін аралық сигнал оқиғасы',
  'Timer intermediate catch event': 'Қабылдайтын аралық таймер оқиғасы',

  // --- boundary events
  'Boundary event': 'Шекаралық оқиға',
  'Cancel boundary event': 'Шекаралық болдырмау оқиғасы',
  'Compensation boundary event': 'Шекаралық өтемақы оқиғасы',
  'Conditional boundary event': 'Шекаралық шартты оқиға',
  'Conditional boundary event (non-interrupting)': 'Шекаралық шартты оқиға (үзбейтін)',
  'Error boundary event': 'Шекаралық қате оқиғасы',
  'Escalation boundary event': 'Шекаралық эскалация оқиғасы',
  'Escalation boundary event (non-interrupting)': 'Шекаралық эскалация оқиғасы (үзбейтін)',
  'Message boundary event': 'Шекаралық хабарлама оқиғасы',
  'Message boundary event (non-interrupting)': 'Шекаралық хабарлама оқиғасы (үзбейтін)',
  'Signal boundary event': 'Шекаралық сигнал оқиғасы',
  'Signal boundary event (non-interrupting)': 'Шекаралық сигнал оқиғасы (үзбейтін)',
  'Timer boundary event': 'Шекаралық таймер оқиғасы',
  'Timer boundary event (non-interrupting)': 'Шекаралық таймер оқиғасы (үзбейтін)',

  // --- end events
  'End event': 'Соңғы оқиға',
  'Cancel end event': 'Соңғы болдырмау оқиғасы',
  'Compensation end event': 'Соңғы өтемақы оқиғасы',
  'Error end event': 'Соңғы қате оқиғасы',
  'Escalation end event': 'Соңғы эскалация оқиғасы',
  'Message end event': 'Соңғы хабарлама оқиғасы',
  'Signal end event': 'Соңғы сигнал оқиғасы',
  'Terminate end event': 'Соңғы тоқтату оқиғасы',

  // --- flows
  'Conditional flow': 'Шартты ағын',
  'Default flow': 'Әдепкі ағын',
  'Sequence flow': 'Реттілік ағыны',

  // --- data, pools
  'Data object reference': 'Деректер объектісі',
  'Data store reference': 'Деректер қоймасы',
  'Empty pool/participant': 'Бос пул/қатысушы',
  'Empty pool/participant (removes content)': 'Бос пул/қатысушы (мазмұны жойылады)',
  'Expanded pool/participant': 'Жайылған пул/қатысушы',

  // --- drilldown, search, minimap
  'Open {element}': '{element} элементін ашу',
  'Search in diagram': 'Диаграммадан іздеу',
  'Close minimap': 'Шағын картаны жабу',
  'Open minimap': 'Шағын картаны ашу',

  // --- modeling errors
  'Data object must be placed within a pool/participant.':
    'Деректер объектісі пулдың/қатысушының ішінде орналасуы керек.',
  'flow elements must be children of pools/participants':
    'Ағын элементтері пулдың/қатысушының ішінде орналасуы керек',
  'Applicant visits in person': 'Өтініш берушінің жеке келуі',
  'Approval': 'Келісу',
  'Approval: {unit}': 'Келісу: {unit}',
  'Documents: {count}': 'Құжаттар: {count}',
  'Fields typed by hand: {count}': 'Қолмен енгізілетін өрістер: {count}',
};
