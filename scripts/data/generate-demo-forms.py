#!/usr/bin/env python3
"""Writes Sources/Applications/Data/demo-forms.json: the application forms of 17 demo e-services
(codes of the demo registry), in az/en/ru. Run after changing the definitions below."""
import json, os

def t(az, en, ru): return {"az": az, "en": en, "ru": ru}

def f(id, kind, label, required=True, **extra):
    field = {"id": id, "kind": kind, "label": label, "required": required}
    field.update({k: v for k, v in extra.items() if v is not None})
    return field

def opt(value, label): return {"value": value, "label": label}

def page(id, title, *fields): return {"id": id, "title": title, "fields": list(fields)}

ME = page("applicant", t("Ərizəçi", "Applicant", "Заявитель"),
          f("full_name", "text", t("Soyadı, adı, atasının adı", "Full name", "ФИО"), prefill="full_name"),
          f("birth_date", "date", t("Doğum tarixi", "Date of birth", "Дата рождения"), prefill="birth_date"),
          f("phone", "phone", t("Mobil telefon", "Mobile phone", "Мобильный телефон"), hint=t("Məsələn, 050 123 45 67", "For example, 050 123 45 67", "Например, 050 123 45 67")),
          f("email", "email", t("E-poçt", "E-mail", "Электронная почта"), required=False))

COMPANY = page("company", t("Şirkət", "Company", "Компания"),
               f("company_voen", "voen", t("VÖEN", "Tax ID (VÖEN)", "ИНН (VÖEN)"), prefill="company_voen"),
               f("company_name", "text", t("Şirkətin adı", "Company name", "Название компании"), prefill="company_name"),
               f("contact_phone", "phone", t("Əlaqə telefonu", "Contact phone", "Контактный телефон")))

# When the register has no address for the applicant, they type it and attach a document that proves it.
PROOF_OF_ADDRESS = t("Məsələn, mülkiyyət hüququ haqqında çıxarış və ya qeydiyyatdan keçmiş kirayə müqaviləsi.",
                     "For example, an extract of ownership or a registered lease.",
                     "Например, выписка о праве собственности или зарегистрированный договор аренды.")
ADDRESS = [f("address", "text", t("Ünvan", "Address", "Адрес"), prefill="address", whenMissing="enter-with-document", missingHint=PROOF_OF_ADDRESS),
           f("unit", "unit", t("Şəhər və ya rayon", "City or district", "Город или район"), prefill="unit", whenMissing="enter-with-document", missingHint=PROOF_OF_ADDRESS)]

PURPOSE = f("purpose", "select", t("Arayış harada təqdim ediləcək?", "Where will the certificate be presented?", "Куда будет представлена справка?"),
            options=[opt("bank", t("Bank", "Bank", "Банк")), opt("employer", t("İşəgötürən", "Employer", "Работодатель")),
                     opt("school", t("Təhsil müəssisəsi", "School or university", "Учебное заведение")), opt("other", t("Digər", "Other", "Другое"))])
PURPOSE_OTHER = f("purpose_other", "text", t("Hansı qurum?", "Which organisation?", "Какая организация?"), showIf={"field": "purpose", "equals": "other"})

def residence(code, city_az, city_en, city_ru):
    return {"serviceCode": code, "pages": [
        ME,
        page("residence", t("Yaşayış yeri", "Place of residence", "Место жительства"), *ADDRESS,
             f("years", "number", t("Bu ünvanda neçə ildir yaşayırsınız?", "How many years have you lived at this address?", "Сколько лет вы живёте по этому адресу?"), min=0, max=120)),
        page("purpose", t("Arayışın məqsədi", "Purpose of the certificate", "Цель справки"), PURPOSE, PURPOSE_OTHER,
             f("copies", "number", t("Nüsxə sayı", "Number of copies", "Количество экземпляров"), min=1, max=5)),
    ]}

forms = [
    {"serviceCode": "EN-0002", "pages": [
        ME,
        page("spouse", t("Gələcək həyat yoldaşı", "Future spouse", "Будущий супруг(а)"),
             f("spouse_fin", "fin", t("Həyat yoldaşının FİN-i", "Spouse's FIN", "FIN супруга(и)"), hint=t("Şəxsiyyət vəsiqəsindəki 7 simvol", "The 7 characters on the ID card", "7 символов в удостоверении личности")),
             f("spouse_phone", "phone", t("Həyat yoldaşının telefonu", "Spouse's phone", "Телефон супруга(и)"))),
        page("history", t("Əvvəlki nikahlar", "Previous marriages", "Предыдущие браки"),
             f("married_before", "yes_no", t("Əvvəllər nikahda olmusunuzmu?", "Have you been married before?", "Состояли ли вы ранее в браке?")),
             f("divorce_certificate", "file", t("Nikahın pozulması haqqında şəhadətnamə", "Divorce certificate", "Свидетельство о расторжении брака"), showIf={"field": "married_before", "equals": "yes"})),
        page("ceremony", t("Qeydiyyat", "Registration", "Регистрация"),
             f("wished_date", "date", t("Arzu olunan qeydiyyat tarixi", "Preferred registration date", "Желаемая дата регистрации"), dateRule="future"),
             f("ceremony_unit", "unit", t("Qeydiyyat yeri", "Place of registration", "Место регистрации")),
             f("surname_choice", "select", t("Nikahdan sonra soyadınız", "Your surname after marriage", "Ваша фамилия после брака"),
               options=[opt("keep", t("Öz soyadım", "My own surname", "Моя фамилия")), opt("spouse", t("Həyat yoldaşımın soyadı", "My spouse's surname", "Фамилия супруга(и)")),
                        opt("double", t("İkiqat soyad", "Double surname", "Двойная фамилия"))]),
             f("medical", "file", t("Tibbi müayinə haqqında arayış", "Medical examination certificate", "Справка о медицинском обследовании"))),
    ]},
    residence("ICRA-QBA-0002", "Quba", "Quba", "Губа"),
    residence("ICRA-GA-0002", "Gəncə", "Ganja", "Гянджа"),
    residence("ICRA-MAS-0002", "Masallı", "Masally", "Масаллы"),
    {"serviceCode": "DIN-0003", "pages": [
        ME,
        page("new_address", t("Yeni ünvan", "New address", "Новый адрес"),
             f("new_unit", "unit", t("Şəhər və ya rayon", "City or district", "Город или район")),
             f("new_address", "text", t("Küçə, ev, mənzil", "Street, house, flat", "Улица, дом, квартира"), min=5),
             f("moved_on", "date", t("Köçmə tarixi", "Date of moving", "Дата переезда"), dateRule="past"),
             f("owner", "yes_no", t("Mənzil sizin mülkiyyətinizdədir?", "Do you own the dwelling?", "Жильё в вашей собственности?")),
             f("owner_consent", "file", t("Mülkiyyətçinin razılığı", "Owner's consent", "Согласие собственника"), showIf={"field": "owner", "equals": "no"})),
        page("household", t("Sizinlə köçənlər", "People moving with you", "Переезжающие с вами"),
             f("members", "group", t("Ailə üzvü", "Family member", "Член семьи"), required=False, max=10, fields=[
                 f("member_fin", "fin", t("FİN", "FIN", "FIN")),
                 f("relation", "select", t("Qohumluq", "Relationship", "Родство"), options=[
                     opt("spouse", t("Həyat yoldaşı", "Spouse", "Супруг(а)")), opt("child", t("Övlad", "Child", "Ребёнок")), opt("parent", t("Valideyn", "Parent", "Родитель"))])])),
    ]},
    {"serviceCode": "EN-0006", "pages": [
        ME,
        page("deceased", t("Vəfat edən şəxs", "The deceased", "Умерший"),
             f("deceased_fin", "fin", t("Vəfat edənin FİN-i", "FIN of the deceased", "FIN умершего")),
             f("death_date", "date", t("Vəfat tarixi", "Date of death", "Дата смерти"), dateRule="past"),
             f("death_unit", "unit", t("Vəfat yeri", "Place of death", "Место смерти")),
             f("relation", "select", t("Sizin qohumluğunuz", "Your relationship", "Ваше родство"), options=[
                 opt("spouse", t("Həyat yoldaşı", "Spouse", "Супруг(а)")), opt("child", t("Övlad", "Child", "Ребёнок")), opt("parent", t("Valideyn", "Parent", "Родитель")), opt("other", t("Digər", "Other", "Другое"))]),
             f("medical_certificate", "file", t("Tibbi ölüm şəhadətnaməsi", "Medical certificate of death", "Медицинское свидетельство о смерти"))),
    ]},
    {"serviceCode": "EN-0001", "pages": [
        ME,
        page("child", t("Uşaq", "The child", "Ребёнок"),
             f("child_first_name", "text", t("Uşağın adı", "Child's first name", "Имя ребёнка")),
             f("child_birth_date", "date", t("Doğum tarixi", "Date of birth", "Дата рождения"), dateRule="past"),
             f("child_sex", "select", t("Cinsi", "Sex", "Пол"), options=[opt("female", t("Qız", "Girl", "Девочка")), opt("male", t("Oğlan", "Boy", "Мальчик"))]),
             f("birth_unit", "unit", t("Doğulduğu yer", "Place of birth", "Место рождения"))),
        page("other_parent", t("Digər valideyn", "The other parent", "Второй родитель"),
             f("other_parent_known", "yes_no", t("Digər valideyn qeyd olunsun?", "Record the other parent?", "Указать второго родителя?")),
             f("other_parent_fin", "fin", t("Digər valideynin FİN-i", "Other parent's FIN", "FIN второго родителя"), showIf={"field": "other_parent_known", "equals": "yes"})),
    ]},
    {"serviceCode": "DVX-0002", "pages": [
        ME,
        page("entity", t("Hüquqi şəxs", "The legal entity", "Юридическое лицо"),
             f("entity_name", "text", t("Təklif olunan ad", "Proposed name", "Предлагаемое название"), min=3),
             f("legal_form", "select", t("Təşkilati-hüquqi forma", "Legal form", "Организационно-правовая форма"), options=[
                 opt("mmc", t("Məhdud məsuliyyətli cəmiyyət (MMC)", "Limited liability company (LLC)", "Общество с ограниченной ответственностью")),
                 opt("sc", t("Səhmdar cəmiyyət", "Joint-stock company", "Акционерное общество"))]),
             f("capital", "number", t("Nizamnamə kapitalı (manat)", "Charter capital (manats)", "Уставный капитал (манаты)"), min=1),
             f("activity", "long_text", t("Fəaliyyət növü", "Activity", "Вид деятельности"))),
        page("founders", t("Təsisçilər", "Founders", "Учредители"),
             f("founders", "group", t("Təsisçi", "Founder", "Учредитель"), max=20, fields=[
                 f("founder_fin", "fin", t("Təsisçinin FİN-i", "Founder's FIN", "FIN учредителя")),
                 f("share", "number", t("Pay (%)", "Share (%)", "Доля (%)"), min=0.01, max=100)]),
             f("charter", "file", t("Nizamnamə", "Charter", "Устав"))),
    ]},
    {"serviceCode": "DVX-0007", "pages": [
        COMPANY,
        page("turnover", t("Dövriyyə", "Turnover", "Оборот"),
             f("turnover", "number", t("Son 12 ayın dövriyyəsi (manat)", "Turnover in the last 12 months (manats)", "Оборот за последние 12 месяцев (манаты)"), min=0),
             f("voluntary", "yes_no", t("Könüllü qeydiyyat", "Voluntary registration", "Добровольная регистрация")),
             f("start_date", "date", t("ƏDV ödəyicisi olma tarixi", "Date to become a VAT payer", "Дата постановки на учёт по НДС"), dateRule="future")),
    ]},
    {"serviceCode": "SAK-0001", "pages": [
        ME,
        page("site", t("Tikinti yeri", "Building site", "Участок"), *[{k: v for k, v in dict(x, id="site_" + x["id"]).items() if k not in ("prefill", "whenMissing", "missingHint")} for x in ADDRESS],
             f("area", "number", t("Torpaq sahəsi (m²)", "Plot area (m²)", "Площадь участка (м²)"), min=1),
             f("floors", "number", t("Mərtəbə sayı", "Number of floors", "Количество этажей"), min=1, max=100)),
        page("documents", t("Sənədlər", "Documents", "Документы"),
             f("project", "file", t("Eskiz layihəsi", "Draft design", "Эскизный проект")),
             f("title_deed", "file", t("Torpağa mülkiyyət hüququ", "Land ownership document", "Документ о праве собственности на землю"), required=False)),
    ]},
    {"serviceCode": "DMX-0004", "pages": [
        COMPANY,
        page("worker", t("Əcnəbi işçi", "The foreign worker", "Иностранный работник"),
             f("worker_name", "text", t("Adı və soyadı", "Full name", "Имя и фамилия")),
             f("passport", "text", t("Pasport nömrəsi", "Passport number", "Номер паспорта"), min=5, max=20),
             f("position", "text", t("Vəzifə", "Position", "Должность")),
             f("duration", "select", t("İcazənin müddəti", "Duration of the permit", "Срок разрешения"), options=[
                 opt("3m", t("3 ayadək", "Up to 3 months", "До 3 месяцев")), opt("6m", t("6 ayadək", "Up to 6 months", "До 6 месяцев")), opt("1y", t("1 ilədək", "Up to 1 year", "До 1 года"))]),
             f("contract", "file", t("Əmək müqaviləsinin layihəsi", "Draft employment contract", "Проект трудового договора"))),
    ]},
    {"serviceCode": "GIN-0001", "pages": [
        ME,
        page("project", t("Layihə", "Project", "Проект"),
             f("title", "text", t("Layihənin adı", "Project title", "Название проекта"), min=5),
             f("summary", "long_text", t("Qısa təsvir", "Summary", "Краткое описание"), min=50, max=2000),
             f("budget", "number", t("Büdcə (manat)", "Budget (manats)", "Бюджет (манаты)"), min=100, max=50000),
             f("plan", "file", t("Layihə planı", "Project plan", "План проекта"))),
    ]},
    {"serviceCode": "ENN-0002", "pages": [
        ME,
        page("installation", t("Qurğu", "Installation", "Установка"), *ADDRESS,
             f("capacity", "number", t("Gücü (kVt)", "Capacity (kW)", "Мощность (кВт)"), min=0.5, max=150),
             f("meter", "text", t("Sayğacın nömrəsi", "Meter number", "Номер счётчика"))),
    ]},
    {"serviceCode": "AZERSU-0002", "pages": [
        ME,
        page("object", t("Obyekt", "Property", "Объект"), *ADDRESS,
             f("purpose", "select", t("Təyinatı", "Use", "Назначение"), options=[
                 opt("home", t("Yaşayış evi", "Home", "Жилой дом")), opt("business", t("Qeyri-yaşayış", "Non-residential", "Нежилое"))]),
             f("consumption", "number", t("Gözlənilən sərfiyyat (m³/gün)", "Expected consumption (m³/day)", "Ожидаемое потребление (м³/сут)"), min=0.1)),
    ]},
    {"serviceCode": "KTN-0002", "pages": [
        ME,
        page("farm", t("Təsərrüfat", "Farm", "Хозяйство"),
             f("farm_unit", "unit", t("Rayon", "District", "Район")),
             f("crop", "select", t("Bitki", "Crop", "Культура"), options=[
                 opt("wheat", t("Buğda", "Wheat", "Пшеница")), opt("barley", t("Arpa", "Barley", "Ячмень")), opt("cotton", t("Pambıq", "Cotton", "Хлопок"))]),
             f("hectares", "number", t("Əkin sahəsi (ha)", "Sown area (ha)", "Посевная площадь (га)"), min=0.1, max=10000)),
    ]},
    {"serviceCode": "ETSN-0001", "pages": [
        COMPANY,
        page("project", t("Layihə", "Project", "Проект"),
             f("project_name", "text", t("Layihənin adı", "Project name", "Название проекта")),
             f("project_unit", "unit", t("Yerləşdiyi rayon", "District", "Район")),
             f("assessment", "file", t("Ətraf mühitə təsirin qiymətləndirilməsi hesabatı", "Environmental impact assessment report", "Отчёт об оценке воздействия на окружающую среду"))),
    ]},
    {"serviceCode": "DIN-0006", "pages": [
        ME,
        page("incident", t("Hadisə", "What happened", "Происшествие"),
             f("incident_date", "date", t("Hadisənin tarixi", "Date of the incident", "Дата происшествия"), dateRule="past"),
             f("incident_unit", "unit", t("Hadisə yeri", "Place", "Место")),
             f("description", "long_text", t("Nə baş verdi?", "What happened?", "Что произошло?"), min=20),
             f("photo", "file", t("Şəkil və ya sənəd", "Photo or document", "Фото или документ"), required=False)),
    ]},
]

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
with open(os.path.join(root, "Sources", "Applications", "Data", "demo-forms.json"), "w", encoding="utf-8") as out:
    json.dump(forms, out, ensure_ascii=False, indent=1, sort_keys=True)
    out.write("\n")
print(f"{len(forms)} forms")
