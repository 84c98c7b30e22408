#!/usr/bin/env python3
"""Generates Sources/Catalog/Data/demo-services.json, the DEMO State Services Registry.

The 68 services marked real:true carry the Azerbaijani and English names (copied verbatim) and the
source URL of az-eservices-sample.json (68 published e-services of 18 bodies). Everything else here
(the other services, and for the real ones the descriptions, fees, deadlines, documents and legal
acts) is plausible demo data written for OneWindow: it is NOT the official registry.

Deterministic, no network. Usage:
    python3 scripts/data/generate-demo-services.py            # write the JSON and run the checks
    python3 scripts/data/generate-demo-services.py --check    # only check the existing JSON
Set EServicesSample=/path/to/az-eservices-sample.json to compare the real names with the sample
(default: /work/shared/data/az-eservices-sample.json when present; otherwise the embedded copy).
"""
import collections
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Sources", "Catalog", "Data", "demo-services.json")

# --------------------------------------------------------------------------------------------
# The 68 real e-services: (agency code, name_az, name_en, source), verbatim from the sample,
# in the sample's order. Body → code: Ədliyyə→EN, Daxili İşlər→DIN, Vergilər→DVX, Əmək və
# Əhalinin Sosial Müdafiəsi→EESMN, DSMF, Səhiyyə→SN, Təhsil→ETN, DGK, DSK, DMX, Əmlak→EMDX,
# Standartlaşdırma, Metrologiya və Patent→AZSTAND (fines, measuring instruments) / EMA (patents,
# trademarks, licence agreements), Rabitə→RINN, MAI, Ekologiya→ETSN, QMKDK, TQDK→DIM, DDA→DDLA.
# --------------------------------------------------------------------------------------------
REAL = [
    ('EN', "Ədliyyə orqanları və notariusların qəbuluna onlayn yazılış", "Online appointment booking with justice bodies and notaries", 'http://exidmet.justice.gov.az/HTMLS/15.htm'),  # 0
    ('EN', "Azərbaycan Respublikasının vətəndaşlarına, həmçinin Azərbaycan Respublikasında daimi yaşayan əcnəbilər və vətəndaşlığı olmayan şəxslərə fərdi identifikasiya nömrəsi barədə məlumatın verilməsi", "Provision of information on the personal identification number (FIN) to citizens of the Republic of Azerbaijan and to foreigners and stateless persons permanently residing in Azerbaijan", 'http://exidmet.justice.gov.az/HTMLS/FIN.htm'),  # 1
    ('EN', "Qeyri-kommersiya hüquqi şəxslərin və təhsil müəssisələrinin qeydiyyatı proseduru, adları, eləcə də qeydiyyata alınıb-alınmaması barədə məlumatın verilməsi", "Provision of information on the registration procedure and names of non-commercial legal entities and educational institutions, and on whether they are registered", 'https://muhaz.org/azerbaycan-respublikasinin-prezidenti-yaninda-v2.html'),  # 2
    ('EN', "Dövlət Notariat Arxivindən notariat hərəkətləri barədə məlumatın və onlarla bağlı sənədlərin surətlərinin verilməsi", "Provision of information on notarial acts and of copies of related documents from the State Notarial Archive", 'https://genderi.org/dovlet-notariat-arxivinden-notariat-hereketleri-barede-melumat.html'),  # 3
    ('EN', "Qeydiyyata alınmış vətəndaşlıq vəziyyəti aktları ilə bağlı sənədlərin verilməsi", "Issuance of documents (certificates, duplicate certificates) relating to registered civil-status acts", 'http://xeberler.az/new/details/vetendasliq-veziyyeti-aktlari-ile-bagli-arayis-elektronlasdirildi--10654.htm'),  # 4
    ('EN', "Mətbu nəşrlərin uçotu üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for the registration of print media", 'https://qadin.net/news/print:page,1,53703-azrbaycanda-qzet-amaq-daha-da-asanlad.html'),  # 5
    ('EN', "Borclunun ölkədən getmək hüququnun müvəqqəti məhdudlaşdırılması barədə məlumatın verilməsi", "Provision of information on a temporary restriction of a debtor's right to leave the country", 'https://yenifakt.info/?p=884'),  # 6
    ('EN', "Qeydiyyata alınmış qeyri-kommersiya hüquqi şəxslər üçün fərdi e-pəncərə", "Personal e-window for registered non-commercial legal entities (NGOs)", 'https://www.dxr.az/xidmet/F572AF0D-E871-4CD0-87A3-200B8841CF2E'),  # 7
    ('DIN', "Rüsum və cərimələrin ödənişi", "Payment of state fees and fines", 'https://aznews.info/social/2804-srclrin-ii-asanlad.html'),  # 8
    ('DIN', "FİN-ə görə fərdi məlumatların axtarışı", "Search of personal data by personal identification number (FIN)", 'https://aznews.info/social/2804-srclrin-ii-asanlad.html'),  # 9
    ('DIN', "Yol hərəkəti qaydalarının pozuntusu ilə əlaqədar tətbiq edilən cərimələr və cərimə balları barədə məlumatlar", "Information on fines and penalty points imposed for traffic-rule violations", 'https://aznews.info/social/2804-srclrin-ii-asanlad.html'),  # 10
    ('DIN', "Dövriyyəsi məhdudlaşdırılan narkotik vasitələr, psixotrop maddələr, dövriyyəsinə nəzarət edilən psixotrop maddələr, narkotik vasitələrin və psixotrop maddələrin istehsalında istifadə edilən və dövriyyəsinə nəzarət edilən avadanlığın istifadəsinə xüsusi icazənin verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for a special permit to use restricted-circulation narcotic drugs and psychotropic substances, controlled psychotropic substances, and controlled equipment used in producing narcotic drugs and psychotropic substances", 'http://www.huquqiaktlar.gov.az/StatementDetails.aspx?statementId=28199'),  # 11
    ('DIN', "sürücülük vəsiqəsinin dəyişdirilməsi", "Replacement of a driving licence (online application via the E-Polis mobile app)", 'https://icma.az/news/suruculuk-vesiqesini-yenilemek-isteyenlere-sad-xeber-535493'),  # 12
    ('DVX', "Vətəndaşların elektron müraciətlərinin (təklif, ərizə, şikayət) qəbul edilməsi", "Receipt of citizens' electronic appeals (proposals, applications, complaints)", 'http://taxes.gov.az/az/page/onlayn-muracietler'),  # 13
    ('DVX', "Onlayn kargüzarlıq", "Online correspondence (electronic document exchange with the tax authorities)", 'https://www.e-taxes.gov.az/help/'),  # 14
    ('DVX', "Onlayn ödəmə", "Online payment of taxes", 'https://www.e-taxes.gov.az/help/'),  # 15
    ('DVX', "Elektron bəyannamələr", "Electronic tax returns", 'https://www.e-taxes.gov.az/help/'),  # 16
    ('DVX', "Məcburi dövlət sosial sığorta və işsizlikdən sığorta üzrə bəyannamələr (hesabatlar)", "Returns (reports) on compulsory state social insurance and unemployment insurance", 'https://www.e-taxes.gov.az/help/'),  # 17
    ('DVX', "Elektron vergi-hesab fakturası (EVHF)", "Electronic VAT invoice (EVHF)", 'https://www.e-taxes.gov.az/help/'),  # 18
    ('DVX', "Elektron qaimə-faktura (e-Qaimə)", "Electronic waybill-invoice (e-Qaimə)", 'https://www.e-taxes.gov.az/help/'),  # 19
    ('DVX', "ƏDV-nin depozit hesabı", "VAT deposit account", 'https://www.e-taxes.gov.az/help/'),  # 20
    ('EESMN', "Ünvanlı sosial yardımla bağlı müraciətin edilməsi", "Submitting an application for targeted state social assistance", 'https://novator.az/2017/09/20/nazirlikd-n-elektron-xidm-t-hesabati'),  # 21
    ('EESMN', "Tibbi-Sosial Ekspert Komissiyasında sonuncu müayinəyə dair məlumatın verilməsi", "Provision of information on the latest examination at the Medical-Social Expert Commission", 'https://novator.az/2017/09/20/nazirlikd-n-elektron-xidm-t-hesabati'),  # 22
    ('EESMN', "Tibbi-Sosial Ekspert Komissiyaları tərəfindən keçirilmiş müayinə barədə məlumatın verilməsi", "Provision of information on examinations carried out by Medical-Social Expert Commissions", 'https://novator.az/2017/09/20/nazirlikd-n-elektron-xidm-t-hesabati'),  # 23
    ('EESMN', "vətəndaşların işaxtaran və işsiz kimi qeydiyyata alınması və qeydiyyatdan çıxarılması", "Registration and de-registration of citizens as job seekers and unemployed persons", 'https://metbuat.az/news/1371702/diqqet-190-manati-almaq-ucun-qaydalar-deyisdi-bu-usulla-qeyd.html'),  # 24
    ('DSMF', "Sığortaolunanlara məlumatların verilməsi", "Provision of information to insured persons (individual social-insurance account statement)", 'http://ictnews.az/print.php?content=21757&lang=1'),  # 25
    ('SN', "Xarici ölkələrdə ali və orta ixtisas təhsili almış, diplomdan sonra ixtisaslaşma keçən tibb və əczaçılıq işçilərinin işə buraxılması üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for admission to practice of medical and pharmaceutical workers who obtained higher or secondary specialised education abroad or completed post-diploma specialisation abroad", 'https://azkurs.org/azerbaycan-respublikas-sehiyye-nazirliyinin-kollegiyasnn-01-iy-v2.html'),  # 26
    ('SN', "Tibbi müayinə kartlarının onlayn sifarişi", "Online ordering of medical examination cards", 'http://genderi.org/tesdiq-edirem-v3.html'),  # 27
    ('SN', "Özəl tibb və əczaçılıq fəaliyyəti ilə məşğul olmaq üçün xüsusi razılığın (lisenziya) verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for a special permit (licence) to engage in private medical and pharmaceutical activity", 'https://muhaz.org/azerbaycan-respublikasnn-sehiyye-nazirliyinin-kollegiyasnn-15.html'),  # 28
    ('SN', "Dərman vasitələrinin idxalına icazə verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for a permit to import medicines", 'https://azkurs.org/azerbaycan-respublikasnn-sehiyye-nazirliyinin-kollegiyasnn-15-v5.html'),  # 29
    ('SN', "Davamlı tibbi təhsil tədbirlərin akkreditasiyası üçün müraciət", "Application for accreditation of continuing medical education events", 'https://azinforum.az/tibb/s%c9%99hiyy%c9%99-nazirliyin%c9%99-ot%c9%99n-il-23-4-min-muraci%c9%99t-daxil-olub/'),  # 30
    ('ETN', "Azərbaycan Respublikası ərazisində tanınan və ekvivalentliyi müəyyən edilmiş (nostrifikasiya olunmuş) xarici dövlətlərin ali təhsil müəssisələrinin diplomlarının sahibləri barədə məlumat bazası", "Database of holders of diplomas from foreign higher-education institutions that are recognised and declared equivalent (nostrified) in the Republic of Azerbaijan", 'https://edu.gov.az/az/nostrification/search'),  # 31
    ('ETN', "Xarici ali təhsil ixtisaslarının tanınması və ekvivalentliyinin müəyyən edilməsi (nostrifikasiyası)", "Recognition and determination of equivalence (nostrification) of foreign higher-education qualifications (electronic application system)", 'https://metbuat.az/news/1289652/xarici-ali-tehsil-ixtisaslarinin-taninmasi-ile-bagli-sened-q.html'),  # 32
    ('ETN', "ümumi təhsil müəssisələrinin I siniflərinə şagird qəbulu", "Admission of pupils to the first grade of general-education schools (electronic system mektebeqebul.edu.az)", 'https://metbuat.az/news/1385335/mekteb-secimine-start-verilir.html'),  # 33
    ('DGK', "Malların və nəqliyyat vasitələrinin gömrük rəsmiləşdirilməsi ilə bağlı Elektron Bəyanetmə", "Electronic declaration for customs clearance of goods and vehicles", 'https://www.dxr.az/xidmet/B4D36ABF-2799-463B-8688-F41DBD1E6C75'),  # 34
    ('DSK', "Rəsmi statistik hesabatların təqdim edilməsi", "Submission of official statistical reports", 'http://www.e-qanun.az/alpidata/framework/data/24/c_f_24866.htm'),  # 35
    ('DSK', "Statistik məlumatların buraxılış təqviminin və mətbu məlumatların yayım təqviminin təqdim edilməsi", "Provision of the release calendar for statistical data and the dissemination calendar for press releases", 'http://www.e-qanun.az/alpidata/framework/data/24/c_f_24866.htm'),  # 36
    ('DSK', "Statistik məlumatların (göstəricilərin) verilməsi", "Provision of statistical data (indicators)", 'http://www.e-qanun.az/alpidata/framework/data/24/c_f_24866.htm'),  # 37
    ('DSK', "Statistik nəşrlərin (kitabların) onlayn satışı", "Online sale of statistical publications (books)", 'http://www.e-qanun.az/alpidata/framework/data/24/c_f_24866.htm'),  # 38
    ('DSK', "Statistik məlumatların verilməsi qaydalarının pozulmasına görə inzibati cərimələrin internet vasitəsilə ödənilməsi", "Online payment of administrative fines for violating the rules on submitting statistical data", 'http://www.e-qanun.az/alpidata/framework/data/24/c_f_24866.htm'),  # 39
    ('DMX', "Onlayn müraciət - Azərbaycan Respublikası vətəndaşlığından çıxma", "Online application – renunciation of citizenship of the Republic of Azerbaijan", 'http://ictnews.az/print.php?content=24499&lang=1'),  # 40
    ('DMX', "Azərbaycan Respublikası vətəndaşlığının əldə edilməsi", "Acquisition of citizenship of the Republic of Azerbaijan", 'https://e-gov.az/en/news/read/129'),  # 41
    ('DMX', "Azərbaycan Respublikasında vətəndaşlığına bərpa edilməsi", "Restoration of citizenship of the Republic of Azerbaijan (wording as published, grammatically irregular)", 'https://e-gov.az/en/news/read/129'),  # 42
    ('DMX', "Azərbaycan Respublikasında müvəqqəti olma müddətinin uzadılması", "Extension of the period of temporary stay in the Republic of Azerbaijan", 'https://e-gov.az/en/news/read/129'),  # 43
    ('DMX', "Əmək fəaliyyəti müddətinin uzadılması", "Extension of the period of (foreigners') labour activity", 'https://e-gov.az/en/news/read/129'),  # 44
    ('DMX', "Miqrasiya orqanlarına qulluğa qəbul", "Recruitment into service in the migration bodies", 'https://e-gov.az/en/news/read/129'),  # 45
    ('DMX', "Müvəqqəti yaşamaq üçün icazə", "Temporary residence permit", 'https://e-gov.az/en/news/read/129'),  # 46
    ('DMX', "Xarici ölkə vətəndaşlığını könüllü qəbul etmiş Azərbaycan Respublikası vətəndaşlarının müraciətlərinin qeydiyyatı", "Registration of notifications from Azerbaijani citizens who have voluntarily acquired foreign citizenship", 'https://migration.gov.az/index.php/az/news_detail/14869'),  # 47
    ('EMDX', "Daşınmaz əmlakın mövcudluğu barədə arayışın alınması", "Obtaining a certificate on the existence (availability) of real estate registered to a person", 'https://kitkm.gov.az/az/faqs'),  # 48
    ('EMDX', "Elektron hərrac", "Electronic auction (privatisation of state property)", 'https://kitkm.gov.az/az/faqs'),  # 49
    ('EMDX', "Dövlət müəssisələri və dövlət orqanları tərəfindən təqdim edilən \"Dövlət əmlakının qorunub saxlanılması və ondan istifadə vəziyyəti haqqında illik Xüsusi hesabat forması", "Electronic submission by state enterprises and state bodies of the annual special report form on the preservation and use of state property", 'http://dxr.az/xidmet/8104224D-18E5-4CA2-A5BE-90D8C0BC438E'),  # 50
    ('AZSTAND', "Cərimələrin internet vasitəsilə ödənilməsi", "Online payment of fines", 'http://www.ictnews.az/read-25067-news-1.html'),  # 51
    ('EMA', "İxtiraya, faydalı modelə və ya sənaye nümunəsinə patent verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for the grant of a patent for an invention, utility model or industrial design", 'http://www.ictnews.az/read-25067-news-1.html'),  # 52
    ('EMA', "İxtiranın, faydalı modelin, sənaye nümunəsinin, əmtəə nişanının və ya coğrafi göstəricinin reyestr məlumatlarından çıxarış verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for an extract from the register data on an invention, utility model, industrial design, trademark or geographical indication", 'http://www.ictnews.az/read-25067-news-1.html'),  # 53
    ('AZSTAND', "Ölçmə vasitələrinin tipinin təsdiq edilməsi haqqında sertifikatın verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for a type-approval certificate for measuring instruments", 'http://www.ictnews.az/read-25067-news-1.html'),  # 54
    ('EMA', "Lisenziya müqavilələrinin dövlət reyestrində qeydiyyatı üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for registration of licence agreements in the state register", 'http://www.ictnews.az/read-25067-news-1.html'),  # 55
    ('EMA', "Əmtəə nişanının və ya coğrafi göstəricinin dövlət reyestrində qeydiyyatı üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for registration of a trademark or geographical indication in the state register", 'http://www.ictnews.az/read-25067-news-1.html'),  # 56
    ('EMA', "Əmtəə nişanına dair hüquqların verilməsi barədə müqavilələrin dövlət reyestrində qeydiyyatı üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for registration in the state register of agreements transferring trademark rights", 'http://www.ictnews.az/read-25067-news-1.html'),  # 57
    ('RINN', "Telefonun servislərə qoşulması", "Connecting a landline telephone number to exchange (ATS) services", 'http://ictnews.az/print.php?content=24821&lang=1'),  # 58
    ('RINN', "POÇTAP - itirilmiş sənədlərin axtarışı", "POÇTAP – search for lost documents (Azərpoçt)", 'https://apa.az/print/464978'),  # 59
    ('MAI', "Elmi-tədqiqat və digər məqsədlərlə arxiv sənədlərindən istifadə edilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for the use of archival documents for research and other purposes (Annex 2, item 40.2)", 'http://milliarxiv.gov.az/en/appeals/administrative-regulations-documents-reception'),  # 60
    ('ETSN', "Ətraf mühit və təbii sərvətlərlə bağlı məlumatların verilməsi (İnformasiya xidməti)", "Provision of information on the environment and natural resources (information service)", 'https://www.dxr.az/xidmet/AB80ABAA-7E00-43FE-89CE-AA33BDA9D2BD'),  # 61
    ('QMKDK', "Status sənədlərinin verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for the issuance of (IDP) status documents", 'http://www.qmkdk.gov.az/az/eservice/8.html'),  # 62
    ('DIM', "Abituriyentin elektron ərizəsi", "University applicant's electronic application form", 'https://eservices.dim.gov.az/ERIZETEX/Erize/help/doldurulma.htm'),  # 63
    ('DDLA', "Gəmi tarixinin fasiləsiz qeydləri (GTFQ) sənədinin verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for the issuance of a Continuous Synopsis Record (CSR) for a ship", 'https://www.e-gov.az/az/services/Info/2875/2'),  # 64
    ('DDLA', "Sertifikatın (diplomun) Azərbaycan Respublikasının Dövlət Dəniz Administrasiyası tərəfindən tanınması haqqında təsdiqnamənin verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for an endorsement attesting recognition of a (seafarer's) certificate/diploma by the State Maritime Administration", 'https://www.e-gov.az/az/services/Info/2164/0'),  # 65
    ('DDLA', "Azərbaycan Respublikasının dövlət bayrağı altında üzmək hüququ haqqında şəhadətnamənin verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for a certificate of the right to sail under the state flag of the Republic of Azerbaijan", 'https://www.e-gov.az/az/services/Info/2155/0'),  # 66
    ('DDLA', "Minimum heyət tərkibi haqqında şəhadətnamənin verilməsi üçün müraciətin və sənədlərin qəbulu", "Receipt of applications and documents for a minimum safe manning certificate", 'https://www.e-gov.az/az/services/Info/2874/2'),  # 67
]

# --------------------------------------------------------------------------------------------
# Vocabularies (must match Sources/Catalog/Domain/Vocabulary.swift)
# --------------------------------------------------------------------------------------------
CATEGORIES = {"taxes", "business", "property", "health", "social_protection", "employment", "justice", "agriculture",
              "education", "identity_documents", "transport", "migration", "customs", "statistics",
              "intellectual_property", "housing", "culture", "emergencies", "environment", "finance", "foreign_affairs",
              "youth_sport", "construction", "energy", "utilities", "local_government", "digital_services", "family"}
LIFE_EVENTS = {"birth_of_child", "starting_family", "moving_house", "starting_business", "running_business",
               "closing_business", "retirement", "losing_job", "studying", "buying_property", "owning_vehicle",
               "travelling_abroad", "health_care", "death_of_relative", "disability", "military_service"}
EV = {"birth": "birth_of_child", "family": "starting_family", "move": "moving_house", "start": "starting_business",
      "run": "running_business", "close": "closing_business", "retire": "retirement", "jobless": "losing_job",
      "study": "studying", "buy": "buying_property", "car": "owning_vehicle", "abroad": "travelling_abroad",
      "health": "health_care", "death": "death_of_relative", "disab": "disability", "army": "military_service"}
AUD = {"c": "citizen", "b": "business", "f": "foreigner"}
STAGE = {"i": "information", "d": "downloadable_form", "o": "online_form", "e": "full_electronic", "x": "proactive"}
ELECTRONIC = {"online_form", "full_electronic", "proactive"}
CHAN = {"p": "portal", "a": "asan_centre", "o": "agency_office", "m": "mobile"}
RESULT = {"doc": "document", "eref": "e_reference", "dec": "decision", "reg": "registration", "info": "information",
          "pay": "payment"}

# Agency websites (agencies.json, agencies-v2.json) for form pages; default place of e-services.
WEBSITE = {
    "ECON": "https://economy.gov.az", "DVX": "https://taxes.gov.az", "EMDX": "https://emlak.gov.az",
    "AIBN": "https://competition.gov.az", "RINN": "https://mincom.gov.az", "SN": "https://sehiyye.gov.az",
    "ITSDA": "https://its.gov.az", "EESMN": "https://sosial.gov.az", "DSMF": "https://dsmf.gov.az",
    "DMA": "https://dma.gov.az", "EN": "https://justice.gov.az", "KTN": "https://agro.gov.az",
    "DIM": "https://dim.gov.az", "DMX": "https://migration.gov.az", "EMA": "https://copat.gov.az",
    "DGK": "https://customs.gov.az", "DSK": "https://stat.gov.az", "DIN": "https://mia.gov.az",
    "QMKDK": "https://idp.gov.az", "MIDA": "https://mida.gov.az", "ESF": "https://www.ady.az",
    "MDN": "https://culture.gov.az", "ETN": "https://edu.gov.az", "FHN": "https://fhn.gov.az",
    "ETSN": "https://eco.gov.az", "MAN": "https://maliyye.gov.az", "XIN": "https://mfa.gov.az",
    "GIN": "https://mys.gov.az", "SAK": "https://arxkom.gov.az", "ENN": "https://minenergy.gov.az",
    "ASAN": "https://asan.gov.az", "EHIM": "https://digital.gov.az", "AZERSU": "https://www.azersu.az",
    "AZERISIQ": "https://www.azerishiq.az", "AZERIQAZ": "https://www.azeriqaz.az",
    "MAI": "https://milliarxiv.gov.az", "DDLA": "https://ddla.gov.az", "AZSTAND": "https://azstand.gov.az",
}
ONLINE = {
    "DVX": "https://www.e-taxes.gov.az", "EESMN": "https://e-social.gov.az", "DSMF": "https://e-social.gov.az",
    "DMA": "https://e-social.gov.az", "DIM": "https://eservices.dim.gov.az", "DMX": "https://eservice.migration.gov.az",
    "MIDA": "https://mida.gov.az", "ITSDA": "https://its.gov.az", "ASAN": "https://asan.gov.az",
    "AZERSU": "https://www.azersu.az", "AZERISIQ": "https://www.azerishiq.az", "AZERIQAZ": "https://www.azeriqaz.az",
}
DEFAULT_ONLINE = "https://www.e-gov.az"
ICRA_UNIT = {"ICRA-GA": "AZ-GA", "ICRA-MAS": "AZ-MAS", "ICRA-QBA": "AZ-QBA", "ICRA-BA": "AZ-BA",
             "ICRA-SM": "AZ-SM", "ICRA-LA": "AZ-LA", "ICRA-SA": "AZ-SA", "ICRA-MI": "AZ-MI"}
# Local executive authorities' sites follow the <name>-ih.gov.az pattern (form pages are demo links).
WEBSITE.update({"ICRA-GA": "https://ganja-ih.gov.az", "ICRA-MAS": "https://masalli-ih.gov.az",
                "ICRA-QBA": "https://quba-ih.gov.az", "ICRA-BA": "https://baku-ih.gov.az",
                "ICRA-SM": "https://sumqayit-ih.gov.az", "ICRA-LA": "https://lankaran-ih.gov.az",
                "ICRA-SA": "https://sheki-ih.gov.az", "ICRA-MI": "https://mingachevir-ih.gov.az"})

# --------------------------------------------------------------------------------------------
# Documents: key → (az, en, ru, held_by_state). held_by_state = the state already has it (once-only).
# --------------------------------------------------------------------------------------------
DOCS = {
    "id": ("Şəxsiyyət vəsiqəsi", "Identity card", "Удостоверение личности", True),
    "ids2": ("Hər iki şəxsin şəxsiyyət vəsiqəsi", "Identity cards of both persons", "Удостоверения личности обоих лиц", True),
    "app": ("Ərizə (elektron forma)", "Application (electronic form)", "Заявление (электронная форма)", False),
    "appp": ("Ərizə (müəyyən olunmuş formada)", "Application on the prescribed form", "Заявление установленной формы", False),
    "photo": ("Fotoşəkil (3x4 sm)", "Photograph (3x4 cm)", "Фотография (3x4 см)", False),
    "bio": ("Biometrik məlumatlar (müraciət zamanı götürülür)", "Biometric data (taken when applying)", "Биометрические данные (снимаются при обращении)", False),
    "birth": ("Doğum haqqında akt qeydi", "Birth record", "Актовая запись о рождении", True),
    "marr": ("Nikah haqqında akt qeydi", "Marriage record", "Актовая запись о браке", True),
    "death": ("Ölüm haqqında akt qeydi", "Death record", "Актовая запись о смерти", True),
    "medmarr": ("Nikaha daxil olan şəxslərin tibbi müayinəsi haqqında arayış", "Medical certificate of the premarital examination", "Справка о медицинском обследовании лиц, вступающих в брак", False),
    "med": ("Tibbi arayış", "Medical certificate", "Медицинская справка", False),
    "res": ("Yaşayış yeri üzrə qeydiyyat məlumatları", "Place-of-residence registration data", "Данные регистрации по месту жительства", True),
    "prop": ("Daşınmaz əmlakın dövlət reyestrindən çıxarış", "Extract from the state real-estate register", "Выписка из государственного реестра недвижимости", True),
    "owner": ("Mülkiyyətçinin razılığı (mülkiyyətçi olmadıqda)", "Owner's consent (if the applicant is not the owner)", "Согласие собственника (если заявитель не собственник)", False),
    "voen": ("Vergi ödəyicisinin uçot məlumatları (VÖEN)", "Taxpayer registration data (VÖEN)", "Учётные данные налогоплательщика (VÖEN)", True),
    "legreg": ("Hüquqi şəxslərin dövlət reyestrindən məlumat", "Data from the state register of legal entities", "Сведения из государственного реестра юридических лиц", True),
    "charter": ("Nizamnamə", "Charter", "Устав", False),
    "founders": ("Təsisçinin (təsisçilərin) qərarı", "Founder's (founders') decision", "Решение учредителя (учредителей)", False),
    "decl": ("Bəyannamə (elektron forma)", "Return (electronic form)", "Декларация (электронная форма)", False),
    "report": ("Hesabat (elektron forma)", "Report (electronic form)", "Отчёт (электронная форма)", False),
    "fin": ("Maliyyə hesabatları", "Financial statements", "Финансовая отчётность", False),
    "contract": ("Müqavilə", "Contract", "Договор", False),
    "invoice": ("Kommersiya sənədləri (invoys, müqavilə, nəqliyyat sənədləri)", "Commercial documents (invoice, contract, transport documents)", "Коммерческие документы (инвойс, договор, транспортные документы)", False),
    "bank": ("Bank hesabının rekvizitləri", "Bank account details", "Банковские реквизиты", False),
    "proxy": ("Etibarnamə (nümayəndə müraciət etdikdə, e-notariat reyestrindən)", "Power of attorney (if a representative applies; from the e-notary register)", "Доверенность (при обращении представителя; из реестра e-нотариата)", True),
    "fee": ("Dövlət rüsumunun ödənilməsi barədə məlumat (ASAN ödəniş)", "State fee payment record (ASAN payment)", "Сведения об уплате госпошлины (ASAN ödəniş)", True),
    "diploma": ("Təhsil haqqında sənəd", "Education document (diploma)", "Документ об образовании", False),
    "ediploma": ("Təhsil haqqında sənədin elektron reyestr məlumatları", "Education record in the e-diploma register", "Сведения о документе об образовании из электронного реестра", True),
    "labour": ("Əmək müqaviləsi bildirişi (e-müqavilə sistemi)", "Employment contract notice (e-contract system)", "Уведомление о трудовом договоре (система e-müqavilə)", True),
    "sia": ("Fərdi uçot hesabı məlumatları (sosial sığorta)", "Individual social-insurance account data", "Данные индивидуального лицевого счёта социального страхования", True),
    "disab": ("Əlilliyin müəyyən edilməsi barədə məlumat", "Disability assessment record", "Сведения об установлении инвалидности", True),
    "family": ("Ailə tərkibi barədə məlumat", "Family composition data", "Данные о составе семьи", True),
    "income": ("Ailə üzvlərinin gəlirləri barədə məlumat", "Information on family members' income", "Сведения о доходах членов семьи", False),
    "pension": ("Pensiya təyinatı məlumatları", "Pension assignment data", "Данные о назначении пенсии", True),
    "medrec": ("Elektron tibbi sənədlər (epikriz, göndəriş)", "Electronic medical records (discharge summary, referral)", "Электронные медицинские документы (эпикриз, направление)", True),
    "fpass": ("Xarici pasport (əcnəbilər üçün) və onun tərcüməsi", "Foreign passport (for foreigners) and its translation", "Иностранный паспорт (для иностранцев) и его перевод", False),
    "stay": ("Olduğu yer üzrə qeydiyyat məlumatları", "Place-of-stay registration data", "Данные регистрации по месту пребывания", True),
    "techpass": ("Nəqliyyat vasitəsinin qeydiyyat şəhadətnaməsi", "Vehicle registration certificate", "Свидетельство о регистрации транспортного средства", True),
    "dl": ("Sürücülük vəsiqəsi", "Driving licence", "Водительское удостоверение", True),
    "insur": ("İcbari sığorta şəhadətnaməsi", "Compulsory insurance certificate", "Свидетельство обязательного страхования", True),
    "origin": ("Nəqliyyat vasitəsinin mənşəyini təsdiq edən sənəd (alqı-satqı, gömrük)", "Document proving the vehicle's origin (sale, customs)", "Документ о происхождении ТС (купля-продажа, таможня)", True),
    "land": ("Torpaq sahəsinə dair hüquq sənədi", "Title document for the land plot", "Правоустанавливающий документ на земельный участок", True),
    "project": ("Layihə sənədləri", "Design documentation", "Проектная документация", False),
    "plan": ("Sxem və ya plan (yerləşmə yeri)", "Site scheme or plan", "Схема или план размещения", False),
    "eia": ("Ətraf mühitə təsirin qiymətləndirilməsi (ETQ) sənədləri", "Environmental impact assessment (EIA) documents", "Документы оценки воздействия на окружающую среду (ОВОС)", False),
    "licdocs": ("Lisenziya şərtlərinə uyğunluğu təsdiq edən sənədlər", "Documents confirming compliance with licence conditions", "Документы, подтверждающие соответствие лицензионным условиям", False),
    "techdocs": ("Texniki sənədlər (təsvir, sertifikatlar)", "Technical documents (description, certificates)", "Техническая документация (описание, сертификаты)", False),
    "farm": ("Fermerin EKTİS-dəki qeydiyyat məlumatları", "Farmer's registration data in EKTIS", "Регистрационные данные фермера в EKTİS", True),
    "ship": ("Gəminin sənədləri (mülkiyyət, texniki)", "Ship's documents (ownership, technical)", "Судовые документы (право собственности, технические)", False),
    "seaman": ("Dənizçinin sertifikatı (diplomu)", "Seafarer's certificate (diploma)", "Сертификат (диплом) моряка", False),
    "iprop": ("İxtiranın təsviri, iddia və referat; çertyojlar", "Description, claims, abstract and drawings of the invention", "Описание, формула, реферат и чертежи изобретения", False),
    "tm": ("Əmtəə nişanının təsviri və mal/xidmətlərin siyahısı", "Representation of the mark and list of goods/services", "Изображение знака и перечень товаров/услуг", False),
    "idp": ("Məcburi köçkün statusu barədə məlumat", "IDP status record", "Сведения о статусе вынужденного переселенца", True),
    "military": ("Hərbi uçot məlumatları", "Military registration data", "Данные воинского учёта", True),
    "exam": ("İmtahana qeydiyyat məlumatları (DİM)", "Exam registration data (State Examination Centre)", "Данные регистрации на экзамен (ГЭЦ)", True),
    "school": ("Şagirdin təhsil aldığı məktəb barədə məlumat", "Pupil's school record", "Сведения о школе учащегося", True),
    "student": ("Təhsil aldığı ali təhsil müəssisəsi barədə məlumat", "Student's university record", "Сведения о вузе, в котором учится студент", True),
    "research": ("Tədqiqatın mövzusu və məqsədini göstərən məktub", "Letter stating the research topic and purpose", "Письмо с указанием темы и цели исследования", False),
    "complaint": ("Şikayətin mətni və əlavə sübutlar (foto, sənəd)", "Text of the complaint and evidence (photos, documents)", "Текст жалобы и доказательства (фото, документы)", False),
    "meter": ("Sayğacın göstəriciləri və abonent kodu", "Meter readings and customer code", "Показания счётчика и абонентский код", False),
    "abon": ("Abonent kodu", "Customer (subscriber) code", "Абонентский код", False),
    "cv": ("Tərcümeyi-hal (CV)", "Curriculum vitae (CV)", "Резюме (CV)", False),
    "plancert": ("Şəhərsalma şərtləri (memarlıq-planlaşdırma tapşırığı)", "Urban-planning conditions", "Градостроительные условия", True),
    "medlic": ("Tibb işçisinin ixtisas sənədləri", "Medical professional's qualification documents", "Документы о квалификации медицинского работника", False),
    "receipt": ("Kassa çeki və ya ödəniş qəbzi", "Cash-register receipt or payment slip", "Кассовый чек или квитанция об оплате", False),
    "vet": ("Heyvanların (məhsulların) mənşəyi və sağlamlığı barədə sənədlər", "Documents on the animals' (products') origin and health", "Документы о происхождении и здоровье животных (продукции)", False),
    "lab": ("Laboratoriya analizlərinin nəticələri", "Laboratory test results", "Результаты лабораторных анализов", False),
    "poa_court": ("Məhkəmə qərarı (olduqda)", "Court decision (if any)", "Решение суда (при наличии)", True),
    "deposit": ("Bankdakı əmanət müqaviləsi və ya hesabdan çıxarış", "Deposit agreement or bank statement", "Договор вклада или выписка по счёту", False),
    "crime": ("Hadisənin təsviri (yer, vaxt, itirilmiş əmlak)", "Description of the incident (place, time, property lost)", "Описание происшествия (место, время, утраченное имущество)", False),
    "grant": ("Layihə təklifi və büdcə", "Project proposal and budget", "Проектное предложение и бюджет", False),
}

# Fee rules in words (az, en, ru).
FORMULA = {
    "duty": ("Dövlət rüsumu haqqında Qanunla xidmətin növünə görə müəyyən edilir", "Set by the Law on State Duty according to the type of service", "Устанавливается Законом о государственной пошлине в зависимости от вида услуги"),
    "idcard": ("Yaşdan və hazırlanma müddətindən (adi və ya sürətləndirilmiş) asılıdır", "Depends on age and on the processing time (standard or expedited)", "Зависит от возраста и срока изготовления (обычный или ускоренный)"),
    "vehicle": ("Nəqliyyat vasitəsinin növündən və mühərrikin həcmindən asılıdır", "Depends on the vehicle type and engine capacity", "Зависит от типа транспортного средства и объёма двигателя"),
    "dl": ("Vəsiqənin kateqoriyasından və verilmə əsasından asılıdır", "Depends on the licence category and the reason for issue", "Зависит от категории удостоверения и основания выдачи"),
    "plates": ("Nömrə nişanının seçilmiş kombinasiyasından asılıdır", "Depends on the chosen plate combination", "Зависит от выбранной комбинации номерного знака"),
    "property": ("Əmlakın növündən və mülkiyyətçinin statusundan (fiziki və ya hüquqi şəxs) asılıdır", "Depends on the property type and on whether the owner is a person or a legal entity", "Зависит от вида имущества и статуса собственника (физическое или юридическое лицо)"),
    "notary": ("Notariat hərəkətinin növündən və əqdin məbləğindən asılıdır", "Depends on the notarial act and the value of the transaction", "Зависит от вида нотариального действия и суммы сделки"),
    "licence": ("Lisenziyanın (icazənin) növünə görə Dövlət rüsumu haqqında Qanunla müəyyən edilir", "Set by the Law on State Duty according to the type of licence or permit", "Устанавливается Законом о государственной пошлине в зависимости от вида лицензии (разрешения)"),
    "tariff": ("Təsdiq edilmiş tariflərə uyğun, xidmətin həcmindən asılıdır", "According to approved tariffs, depending on the scope of work", "По утверждённым тарифам, в зависимости от объёма работ"),
    "customs": ("Malın gömrük dəyərinə, növünə və mənşəyinə görə hesablanır", "Calculated from the customs value, type and origin of the goods", "Рассчитывается по таможенной стоимости, виду и происхождению товара"),
    "visa": ("Viza rüsumu və xidmət haqqı; adi və təcili rejim üçün fərqlidir", "Visa fee plus service charge; different for standard and urgent processing", "Визовый сбор и сервисный сбор; различаются для обычного и срочного режима"),
    "workpermit": ("İcazənin müddətindən asılıdır (3 ayadək, 6 ayadək, 1 ilədək)", "Depends on the permit's duration (up to 3 months, 6 months or 1 year)", "Зависит от срока разрешения (до 3 месяцев, 6 месяцев, 1 года)"),
    "permit": ("İcazənin növündən və müddətindən asılıdır", "Depends on the type and duration of the permit", "Зависит от вида и срока разрешения"),
    "patent": ("Patent rüsumları cədvəlinə uyğun: obyektin növündən və iddiaların (siniflərin) sayından asılıdır", "Per the schedule of patent fees: depends on the object and the number of claims (classes)", "По перечню патентных пошлин: зависит от объекта и числа пунктов формулы (классов)"),
    "exam": ("İmtahanın növündən asılıdır (Dövlət İmtahan Mərkəzinin tarifləri)", "Depends on the exam (State Examination Centre tariffs)", "Зависит от вида экзамена (тарифы ГЭЦ)"),
    "hunt": ("Ovun (balıq ovunun) növündən və müddətindən asılıdır", "Depends on the kind and duration of hunting (fishing)", "Зависит от вида и срока охоты (рыбалки)"),
    "tender": ("Satınalmanın qiymətindən asılı iştirak haqqı", "Participation fee depending on the procurement value", "Плата за участие в зависимости от стоимости закупки"),
    "domain": ("İllik qeydiyyat haqqı domen zonasından asılıdır", "Annual registration fee depending on the domain zone", "Ежегодная плата за регистрацию в зависимости от доменной зоны"),
    "connect": ("Qoşulma haqqı obyektin gücündən (həcmindən) və məsafədən asılıdır", "Connection charge depends on the required capacity and the distance", "Плата за подключение зависит от требуемой мощности (объёма) и расстояния"),
    "divorce": ("Nikahın qarşılıqlı razılıqla və ya məhkəmə qərarı ilə pozulmasından asılıdır", "Depends on whether the divorce is by mutual consent or by court decision", "Зависит от того, расторгается ли брак по взаимному согласию или по решению суда"),
    "services": ("Ödənişli tibbi xidmətlərin təsdiq edilmiş tariflərinə uyğun", "According to the approved tariffs for paid medical services", "По утверждённым тарифам на платные медицинские услуги"),
    "ticket": ("Bilet qiyməti marşrutdan (tədbirdən) və xidmət sinfindən asılıdır", "The ticket price depends on the route (event) and class", "Стоимость билета зависит от маршрута (мероприятия) и класса"),
    "amount": ("Ödəniləcək vergi, rüsum və ya cərimənin məbləği", "The amount of the tax, fee or fine being paid", "Сумма уплачиваемого налога, пошлины или штрафа"),
}

# --------------------------------------------------------------------------------------------
# Legal acts: key → (title_az, title_en, number, date). Laws and codes are real acts (numbers and
# dates as the compiler knows them, see the report); "NK" entries other than No. 191 are GENERIC
# demo placeholders ("Cabinet of Ministers Decision" with a plausible number), not citations.
# --------------------------------------------------------------------------------------------
LAWS = {
    "nk191": ("Nazirlər Kabinetinin Qərarı (Elektron xidmət növlərinin Siyahısı)", "Cabinet of Ministers Decision (List of e-service types)", "191", "2011-11-24"),
    "appeals": ("Vətəndaşların müraciətləri haqqında Azərbaycan Respublikasının Qanunu", "Law on Citizens' Appeals", "1092-IVQ", "2015-09-30"),
    "tax": ("Azərbaycan Respublikasının Vergi Məcəlləsi", "Tax Code of the Republic of Azerbaijan", "905-IQ", "2000-07-11"),
    "family": ("Azərbaycan Respublikasının Ailə Məcəlləsi", "Family Code of the Republic of Azerbaijan", "781-IQ", "1999-12-28"),
    "civil": ("Azərbaycan Respublikasının Mülki Məcəlləsi", "Civil Code of the Republic of Azerbaijan", "779-IQ", "1999-12-28"),
    "labourcode": ("Azərbaycan Respublikasının Əmək Məcəlləsi", "Labour Code of the Republic of Azerbaijan", "618-IQ", "1999-02-01"),
    "migr": ("Azərbaycan Respublikasının Miqrasiya Məcəlləsi", "Migration Code of the Republic of Azerbaijan", "713-IVQ", "2013-07-02"),
    "customs": ("Azərbaycan Respublikasının Gömrük Məcəlləsi", "Customs Code of the Republic of Azerbaijan", "164-IVQ", "2011-06-24"),
    "admin": ("Azərbaycan Respublikasının İnzibati Xətalar Məcəlləsi", "Code of Administrative Offences of the Republic of Azerbaijan", "96-VQ", "2015-12-29"),
    "crimproc": ("Azərbaycan Respublikasının Cinayət-Prosessual Məcəlləsi", "Code of Criminal Procedure of the Republic of Azerbaijan", "907-IQ", "2000-07-14"),
    "urban": ("Azərbaycan Respublikasının Şəhərsalma və Tikinti Məcəlləsi", "Urban Planning and Construction Code of the Republic of Azerbaijan", "392-IVQ", "2012-06-29"),
    "landcode": ("Azərbaycan Respublikasının Torpaq Məcəlləsi", "Land Code of the Republic of Azerbaijan", "695-IQ", "1999-06-25"),
    "housing": ("Azərbaycan Respublikasının Mənzil Məcəlləsi", "Housing Code of the Republic of Azerbaijan", "858-IIIQ", "2009-06-30"),
    "water": ("Azərbaycan Respublikasının Su Məcəlləsi", "Water Code of the Republic of Azerbaijan", "418-IQ", "1997-12-26"),
    "forest": ("Azərbaycan Respublikasının Meşə Məcəlləsi", "Forest Code of the Republic of Azerbaijan", "424-IQ", "1997-12-30"),
    "duty": ("Dövlət rüsumu haqqında Azərbaycan Respublikasının Qanunu", "Law on State Duty", "223-IIQ", "2001-12-04"),
    "esign": ("Elektron imza və elektron sənəd haqqında Azərbaycan Respublikasının Qanunu", "Law on Electronic Signature and Electronic Document", "602-IIQ", "2004-03-09"),
    "citizenship": ("Azərbaycan Respublikasının vətəndaşlığı haqqında Azərbaycan Respublikasının Qanunu", "Law on Citizenship of the Republic of Azerbaijan", "527-IQ", "1998-09-30"),
    "residence": ("Yaşayış yeri və olduğu yer üzrə qeydiyyat haqqında Azərbaycan Respublikasının Qanunu", "Law on Registration at the Place of Residence and Place of Stay", "51-IQ", "1996-04-04"),
    "socins": ("Sosial sığorta haqqında Azərbaycan Respublikasının Qanunu", "Law on Social Insurance", "250-IQ", "1997-02-18"),
    "pension": ("Əmək pensiyaları haqqında Azərbaycan Respublikasının Qanunu", "Law on Labour Pensions", "54-IIIQ", "2006-01-07"),
    "allow": ("Sosial müavinətlər haqqında Azərbaycan Respublikasının Qanunu", "Law on Social Allowances", "53-IIIQ", "2006-01-07"),
    "usa": ("Ünvanlı dövlət sosial yardımı haqqında Azərbaycan Respublikasının Qanunu", "Law on Targeted State Social Assistance", "3-IIIQ", "2005-10-21"),
    "unemp": ("İşsizlikdən sığorta haqqında Azərbaycan Respublikasının Qanunu", "Law on Unemployment Insurance", "759-VQ", "2017-06-30"),
    "legalent": ("Hüquqi şəxslərin dövlət qeydiyyatı və dövlət reyestri haqqında Azərbaycan Respublikasının Qanunu", "Law on State Registration and the State Register of Legal Entities", "560-IIQ", "2003-12-12"),
    "ngo": ("Qeyri-hökumət təşkilatları (ictimai birliklər və fondlar) haqqında Azərbaycan Respublikasının Qanunu", "Law on Non-Governmental Organisations (Public Associations and Foundations)", "894-IQ", "2000-06-13"),
    "traffic": ("Yol hərəkəti haqqında Azərbaycan Respublikasının Qanunu", "Law on Road Traffic", "676-IQ", "1999-06-11"),
    "police": ("Polis haqqında Azərbaycan Respublikasının Qanunu", "Law on the Police", "712-IQ", "1999-10-28"),
    "realestate": ("Daşınmaz əmlakın dövlət reyestri haqqında Azərbaycan Respublikasının Qanunu", "Law on the State Register of Real Estate", "803-IIQ", "2004-12-29"),
    "copyright": ("Müəlliflik hüququ və əlaqəli hüquqlar haqqında Azərbaycan Respublikasının Qanunu", "Law on Copyright and Related Rights", "115-IQ", "1996-06-05"),
    "patent": ("Patent haqqında Azərbaycan Respublikasının Qanunu", "Law on Patents", "312-IQ", "1997-07-10"),
    "tm": ("Əmtəə nişanları və coğrafi göstəricilər haqqında Azərbaycan Respublikasının Qanunu", "Law on Trademarks and Geographical Indications", "504-IQ", "1998-06-12"),
    "educ": ("Təhsil haqqında Azərbaycan Respublikasının Qanunu", "Law on Education", "833-IIIQ", "2009-06-19"),
    "health": ("Əhalinin sağlamlığının qorunması haqqında Azərbaycan Respublikasının Qanunu", "Law on Protection of Public Health", "360-IQ", "1997-06-26"),
    "medins": ("Tibbi sığorta haqqında Azərbaycan Respublikasının Qanunu", "Law on Medical Insurance", "725-IQ", "1999-10-28"),
    "idp": ("Qaçqınların və məcburi köçkünlərin (ölkə daxilində köçürülmüş şəxslərin) statusu haqqında Azərbaycan Respublikasının Qanunu", "Law on the Status of Refugees and Internally Displaced Persons", "668-IQ", "1999-05-21"),
    "media": ("Media haqqında Azərbaycan Respublikasının Qanunu", "Law on Media", "471-VIQ", "2021-12-30"),
    "pdata": ("Fərdi məlumatlar haqqında Azərbaycan Respublikasının Qanunu", "Law on Personal Data", "998-IIIQ", "2010-05-11"),
    "info": ("İnformasiya əldə etmək haqqında Azərbaycan Respublikasının Qanunu", "Law on the Right to Obtain Information", "1024-IIQ", "2005-12-30"),
    "telecom": ("Telekommunikasiya haqqında Azərbaycan Respublikasının Qanunu", "Law on Telecommunications", "929-IIQ", "2005-06-14"),
    "env": ("Ətraf mühitin mühafizəsi haqqında Azərbaycan Respublikasının Qanunu", "Law on Environmental Protection", "678-IQ", "1999-06-08"),
    "subsoil": ("Yerin təki haqqında Azərbaycan Respublikasının Qanunu", "Law on Subsoil", "439-IQ", "1998-02-13"),
    "fire": ("Yanğın təhlükəsizliyi haqqında Azərbaycan Respublikasının Qanunu", "Law on Fire Safety", "313-IQ", "1997-06-10"),
    "culture": ("Mədəniyyət haqqında Azərbaycan Respublikasının Qanunu", "Law on Culture", "506-IVQ", "2012-12-21"),
    "monuments": ("Tarix və mədəniyyət abidələrinin qorunması haqqında Azərbaycan Respublikasının Qanunu", "Law on Protection of Historical and Cultural Monuments", "470-IQ", "1998-04-10"),
    "consumer": ("İstehlakçıların hüquqlarının müdafiəsi haqqında Azərbaycan Respublikasının Qanunu", "Law on Consumer Rights Protection", "1113", "1995-09-19"),
    "youth": ("Gənclər siyasəti haqqında Azərbaycan Respublikasının Qanunu", "Law on Youth Policy", "285-IIQ", "2002-04-09"),
    "compins": ("İcbari sığortalar haqqında Azərbaycan Respublikasının Qanunu", "Law on Compulsory Insurance", "275-IVQ", "2011-12-24"),
    "accounting": ("Mühasibat uçotu haqqında Azərbaycan Respublikasının Qanunu", "Law on Accounting", "716-IIQ", "2004-06-29"),
    "procure": ("Dövlət satınalmaları haqqında Azərbaycan Respublikasının Qanunu", "Law on Public Procurement", "245-IIQ", "2001-12-27"),
    "localexec": ("Yerli icra hakimiyyətləri haqqında Əsasnamə (Azərbaycan Respublikası Prezidentinin Fərmanı)", "Statute on Local Executive Authorities (Decree of the President)", "648", "2012-06-06"),
    "vienna": ("Konsulluq əlaqələri haqqında Vyana Konvensiyası", "Vienna Convention on Consular Relations", None, "1963-04-24"),
    # Generic demo placeholders (plausible, not citations):
    "nk_transport": ("Nazirlər Kabinetinin Qərarı (avtomobil nəqliyyatı ilə daşımalar qaydaları)", "Cabinet of Ministers Decision (rules on road transport services)", "148", "2018-04-05"),
    "nk_post": ("Nazirlər Kabinetinin Qərarı (poçt rabitəsi xidmətlərinin göstərilməsi qaydaları)", "Cabinet of Ministers Decision (rules on postal services)", "72", "2015-03-02"),
    "nk_aviation": ("Nazirlər Kabinetinin Qərarı (mülki aviasiya sahəsində qeydiyyat və sertifikatlaşdırma qaydaları)", "Cabinet of Ministers Decision (civil aviation registration and certification rules)", "204", "2016-05-23"),
    "nk_maritime": ("Nazirlər Kabinetinin Qərarı (gəmilərin qeydiyyatı və dənizçilərin sənədləri qaydaları)", "Cabinet of Ministers Decision (ship registration and seafarers' documents rules)", "96", "2013-06-14"),
    "nk_property": ("Nazirlər Kabinetinin Qərarı (dövlət əmlakının icarəyə verilməsi və özgəninkiləşdirilməsi qaydaları)", "Cabinet of Ministers Decision (rules on leasing and disposal of state property)", "233", "2019-06-20"),
    "nk_health": ("Nazirlər Kabinetinin Qərarı (tibbi sənədlərin verilməsi qaydaları)", "Cabinet of Ministers Decision (rules on issuing medical documents)", "117", "2017-03-16"),
    "nk_social": ("Nazirlər Kabinetinin Qərarı (sosial ödənişlərin təyin edilməsi qaydaları)", "Cabinet of Ministers Decision (rules on assigning social payments)", "139", "2018-04-02"),
    "nk_disab": ("Nazirlər Kabinetinin Qərarı (əlilliyin müəyyən edilməsi qaydaları)", "Cabinet of Ministers Decision (rules on disability assessment)", "245", "2019-07-22"),
    "nk_employment": ("Nazirlər Kabinetinin Qərarı (işaxtaran və işsiz şəxslərin qeydiyyatı qaydaları)", "Cabinet of Ministers Decision (rules on registering job seekers and the unemployed)", "329", "2018-07-30"),
    "nk_agri": ("Nazirlər Kabinetinin Qərarı (kənd təsərrüfatına subsidiyaların verilməsi qaydaları)", "Cabinet of Ministers Decision (rules on agricultural subsidies)", "88", "2019-02-25"),
    "nk_vet": ("Nazirlər Kabinetinin Qərarı (baytarlıq və fitosanitar sənədlərin verilməsi qaydaları)", "Cabinet of Ministers Decision (rules on veterinary and phytosanitary documents)", "164", "2017-04-24"),
    "nk_exam": ("Nazirlər Kabinetinin Qərarı (təhsil müəssisələrinə qəbul qaydaları)", "Cabinet of Ministers Decision (rules on admission to educational institutions)", "201", "2016-05-12"),
    "nk_id": ("Nazirlər Kabinetinin Qərarı (şəxsiyyət vəsiqələrinin və pasportların verilməsi qaydaları)", "Cabinet of Ministers Decision (rules on issuing identity cards and passports)", "214", "2013-09-30"),
    "nk_vehicle": ("Nazirlər Kabinetinin Qərarı (nəqliyyat vasitələrinin qeydiyyatı və texniki baxışı qaydaları)", "Cabinet of Ministers Decision (rules on vehicle registration and technical inspection)", "61", "2016-02-18"),
    "nk_idp": ("Nazirlər Kabinetinin Qərarı (məcburi köçkünlərə sosial dəstək qaydaları)", "Cabinet of Ministers Decision (rules on social support for IDPs)", "42", "2014-02-10"),
    "nk_housing": ("Nazirlər Kabinetinin Qərarı (güzəştli şərtlərlə mənzil satışı qaydaları)", "Cabinet of Ministers Decision (rules on selling housing on preferential terms)", "176", "2017-04-28"),
    "nk_deposit": ("Əmanətlərin Sığortalanması Fondunun kompensasiya ödənişi qaydaları", "Deposit Insurance Fund rules on compensation payments", "01/2017", "2017-01-18"),
    "nk_culture": ("Nazirlər Kabinetinin Qərarı (mədəni sərvətlərin ölkədən çıxarılması qaydaları)", "Cabinet of Ministers Decision (rules on exporting cultural property)", "113", "2014-04-07"),
    "nk_emerg": ("Nazirlər Kabinetinin Qərarı (sənaye və yanğın təhlükəsizliyi üzrə icazələr qaydaları)", "Cabinet of Ministers Decision (rules on industrial and fire-safety permits)", "187", "2016-05-02"),
    "nk_env": ("Nazirlər Kabinetinin Qərarı (təbii ehtiyatlardan istifadəyə icazələr qaydaları)", "Cabinet of Ministers Decision (rules on permits to use natural resources)", "152", "2018-04-10"),
    "nk_finance": ("Nazirlər Kabinetinin Qərarı (xəzinədarlıq və maliyyə hesabatlılığı qaydaları)", "Cabinet of Ministers Decision (treasury and financial-reporting rules)", "57", "2018-02-14"),
    "nk_consular": ("Nazirlər Kabinetinin Qərarı (konsulluq xidmətlərinin göstərilməsi qaydaları)", "Cabinet of Ministers Decision (rules on consular services)", "129", "2016-04-04"),
    "nk_youth": ("Nazirlər Kabinetinin Qərarı (gənclər və idman sahəsində dövlət dəstəyi qaydaları)", "Cabinet of Ministers Decision (rules on state support for youth and sport)", "171", "2017-04-25"),
    "nk_energy": ("Nazirlər Kabinetinin Qərarı (enerji şəbəkələrinə qoşulma və təchizat qaydaları)", "Cabinet of Ministers Decision (rules on connection and supply by energy and water networks)", "80", "2017-02-24"),
    "nk_licence": ("Nazirlər Kabinetinin Qərarı (lisenziya və icazələrin elektron verilməsi qaydaları)", "Cabinet of Ministers Decision (rules on electronic issue of licences and permits)", "159", "2016-04-14"),
    "nk_asan": ("Nazirlər Kabinetinin Qərarı (ASAN xidmət mərkəzlərində xidmətlərin göstərilməsi qaydaları)", "Cabinet of Ministers Decision (rules on services in ASAN service centres)", "228", "2013-08-27"),
    "nk_archive": ("Nazirlər Kabinetinin Qərarı (arxiv arayışlarının və surətlərinin verilməsi qaydaları)", "Cabinet of Ministers Decision (rules on archival certificates and copies)", "35", "2015-02-09"),
    "nk_stat": ("Dövlət Statistika Komitəsinin Qərarı (statistik hesabatların təqdim edilməsi qaydaları)", "State Statistical Committee Decision (rules on submitting statistical reports)", "97/07", "2012-12-10"),
    "nk_standard": ("Nazirlər Kabinetinin Qərarı (uyğunluğun qiymətləndirilməsi və ölçmə vasitələri qaydaları)", "Cabinet of Ministers Decision (rules on conformity assessment and measuring instruments)", "94", "2019-03-04"),
    "nk_local": ("Nazirlər Kabinetinin Qərarı (ticarət obyektlərinin və reklam daşıyıcılarının yerləşdirilməsi qaydaları)", "Cabinet of Ministers Decision (rules on placing kiosks and advertising structures)", "211", "2016-05-31"),
    "nk_digital": ("Nazirlər Kabinetinin Qərarı (elektron hökumət portalı və elektron arayışlar qaydaları)", "Cabinet of Ministers Decision (rules on the e-government portal and electronic references)", "256", "2019-06-28"),
    "nk_startup": ("Nazirlər Kabinetinin Qərarı (startap şəhadətnaməsi və innovasiya qrantları qaydaları)", "Cabinet of Ministers Decision (rules on startup certificates and innovation grants)", "315", "2021-08-27"),
    "nk_edu": ("Nazirlər Kabinetinin Qərarı (təhsil sənədlərinin verilməsi və tanınması qaydaları)", "Cabinet of Ministers Decision (rules on issuing and recognising education documents)", "116", "2014-03-31"),
}

# Default acts per agency (when a service gives none).
AGENCY_LAW = {
    "DVX": ["tax"], "RINN": ["telecom"], "EMDX": ["realestate"], "SN": ["health"], "ITSDA": ["medins"],
    "EESMN": ["nk_social"], "DSMF": ["socins"], "DMA": ["unemp"], "EN": ["family"], "KTN": ["nk_agri"],
    "DIM": ["educ", "nk_exam"], "DIN": ["police"], "DMX": ["migr"], "DGK": ["customs"], "DSK": ["nk_stat"],
    "EMA": ["patent"], "AZSTAND": ["nk_standard"], "QMKDK": ["idp", "nk_idp"], "MIDA": ["nk_housing"],
    "ESF": ["nk_deposit"], "MDN": ["culture"], "ETN": ["educ"], "FHN": ["nk_emerg"], "ETSN": ["env"],
    "MAN": ["nk_finance"], "XIN": ["vienna", "nk_consular"], "GIN": ["youth", "nk_youth"], "SAK": ["urban"],
    "ENN": ["nk_energy"], "ASAN": ["nk_asan"], "EHIM": ["nk_digital", "esign"], "AZERSU": ["nk_energy"],
    "AZERISIQ": ["nk_energy"], "AZERIQAZ": ["nk_energy"], "MAI": ["nk_archive"], "DDLA": ["nk_maritime"],
    "ECON": ["nk_licence"], "AIBN": ["consumer"],
}
for _code in ICRA_UNIT:
    AGENCY_LAW[_code] = ["localexec", "appeals"]

SERVICES = []   # (top, order, dict)


def _split(s):
    return [w.strip() for w in s.split(";") if w.strip()] if s else []


def _build(agency, names, descs, meta, kw=None, url=None, form=None, top=False, real=None):
    cat, ev, aud, st, ch, fee, days, docs, law, res = [m.strip() for m in meta.split("|")]
    stage = STAGE[st]
    svc = {"agency": agency, "name_az": names[0], "name_en": names[1]}
    if len(names) > 2 and names[2]:
        svc["name_ru"] = names[2]
    svc["description_az"] = descs[0]
    svc["description_en"] = descs[1]
    if len(descs) > 2 and descs[2]:
        svc["description_ru"] = descs[2]
    svc["category"] = cat
    svc["life_events"] = [EV[e] for e in ev.split()] if ev not in ("", "-") else []
    svc["audience"] = [AUD[a] for a in aud]
    svc["stage"] = stage
    channels = [CHAN[c] for c in ch]
    if stage in ELECTRONIC and "portal" not in channels:
        channels.insert(0, "portal")
    svc["channels"] = channels
    if fee == "0":
        svc["fee"] = {"kind": "free"}
    elif fee.isdigit():
        svc["fee"] = {"kind": "fixed", "qepik": int(fee)}
    else:
        f = FORMULA[fee]
        svc["fee"] = {"kind": "formula", "az": f[0], "en": f[1], "ru": f[2]}
    svc["deadline_days"] = None if days == "-" else int(days)
    svc["documents"] = []
    for key in ([] if docs in ("", "-") else docs.split(",")):
        d = DOCS[key.strip()]
        svc["documents"].append({"az": d[0], "en": d[1], "ru": d[2], "held_by_state": d[3]})
    acts = law.split(",") if law not in ("", "-") else AGENCY_LAW[agency]
    if real is not None and "nk191" not in acts:
        acts = ["nk191"] + acts
    svc["legal_basis"] = []
    for key in acts[:2]:
        a = LAWS[key.strip()]
        act = {"title_az": a[0], "title_en": a[1]}
        if a[2]:
            act["number"] = a[2]
        act["date"] = a[3]
        svc["legal_basis"].append(act)
    svc["result"] = RESULT[res]
    if kw:
        svc["keywords"] = {"az": _split(kw[0]), "en": _split(kw[1]), "ru": _split(kw[2])}
    else:
        svc["keywords"] = {"az": [], "en": [], "ru": []}
    svc["scope"] = [ICRA_UNIT[agency]] if agency in ICRA_UNIT else "national"
    if stage in ELECTRONIC:
        svc["online_url"] = url or ONLINE.get(agency, DEFAULT_ONLINE)
    if stage == "downloadable_form":
        svc["form_url"] = form or (WEBSITE[agency] + "/az/formlar")
    if real is not None:
        svc["real"] = True
        svc["source"] = REAL[real][3]
    SERVICES.append((bool(top), len(SERVICES), svc))


def S(agency, names, descs, meta, **kw):
    """A plausible demo service. names/descs: (az, en, ru). meta: 'category|events|audience|stage|
    channels|fee|days|docs|acts|result' (see the maps above)."""
    _build(agency, names, descs, meta, kw=kw.get("kw"), url=kw.get("url"), form=kw.get("form"), top=kw.get("top"))


def R(index, name_ru, descs, meta, **kw):
    """A real service of the sample (by index in REAL): name_az/name_en/source come from REAL."""
    agency, az, en, _ = REAL[index]
    _build(agency, (az, en, name_ru), descs, meta, kw=kw.get("kw"), url=kw.get("url"), top=kw.get("top"), real=index)

# ============================================================================================
# The 68 real e-services (names and sources from the sample; the rest is demo data)
# ============================================================================================
R(0, "Онлайн-запись на приём в органы юстиции и к нотариусам",
  ("Ədliyyə orqanlarında və ya notariusda qəbul üçün uyğun gün və saatı onlayn seçirsiniz. Təsdiq elektron poçt və SMS ilə göndərilir.",
   "Choose a day and time for a visit to a justice body or a notary online. The confirmation is sent by e-mail and SMS.",
   "Вы онлайн выбираете удобные день и время приёма в органе юстиции или у нотариуса. Подтверждение приходит по электронной почте и SMS."),
  "justice|-|cf|e|pm|0|-|id|appeals|reg", kw=("notarius növbə; ədliyyə qəbulu", "notary appointment", "запись к нотариусу"))
R(1, "Предоставление информации о персональном идентификационном номере (ФИН) гражданам Азербайджанской Республики, а также постоянно проживающим в Азербайджанской Республике иностранцам и лицам без гражданства",
  ("Şəxsiyyət vəsiqəsinin məlumatları əsasında fərdi identifikasiya nömrənizi (FİN) öyrənirsiniz. Cavab dərhal göstərilir.",
   "Find out your personal identification number (FIN) from your identity-card data. The answer is shown at once.",
   "Вы узнаёте свой персональный идентификационный номер (ФИН) по данным удостоверения личности. Ответ выводится сразу."),
  "identity_documents|-|cf|e|p|0|-|id|pdata|info", kw=("fin kod; fərdi identifikasiya nömrəsi", "FIN; personal identification number", "ФИН; ПИН"))
R(2, "Предоставление информации о порядке регистрации и наименованиях некоммерческих юридических лиц и образовательных учреждений, а также о том, зарегистрированы ли они",
  ("Qeyri-kommersiya təşkilatının və ya təhsil müəssisəsinin qeydiyyata alınıb-alınmadığını yoxlayır, qeydiyyat qaydası ilə tanış olursunuz.",
   "Check whether a non-commercial organisation or educational institution is registered, and read how registration works.",
   "Вы проверяете, зарегистрирована ли некоммерческая организация или образовательное учреждение, и знакомитесь с порядком регистрации."),
  "justice|start|cbf|e|p|0|-|-|ngo|info")
R(3, "Предоставление из Государственного нотариального архива информации о нотариальных действиях и копий связанных с ними документов",
  ("Dövlət Notariat Arxivində saxlanılan notariat hərəkəti (məsələn, etibarnamə, vəsiyyətnamə) barədə məlumat və sənədin surətini alırsınız.",
   "Obtain information on a notarial act kept in the State Notarial Archive (for example a power of attorney or a will) and a copy of the document.",
   "Вы получаете сведения о нотариальном действии, хранящемся в Государственном нотариальном архиве (например, доверенность или завещание), и копию документа."),
  "justice|death|c|o|pa|notary|10|id,app|civil|doc")
R(4, "Выдача документов, связанных с зарегистрированными актами гражданского состояния",
  ("Doğum, nikah, ölüm və digər vətəndaşlıq vəziyyəti aktları üzrə təkrar şəhadətnamə və ya arayış alırsınız.",
   "Obtain a duplicate certificate or a certificate of a registered birth, marriage, death or other civil-status act.",
   "Вы получаете повторное свидетельство или справку о зарегистрированном рождении, браке, смерти или другом акте гражданского состояния."),
  "family|birth family death|c|e|pam|0|3|id,birth|family|doc", top=1,
  kw=("şəhadətnamənin təkrarı; doğum arayışı; nikah arayışı", "duplicate certificate; civil status certificate", "повторное свидетельство; справка ЗАГС"))
R(5, "Приём заявлений и документов для учёта печатных изданий",
  ("Qəzet və ya jurnalın nəşrə başlamazdan əvvəl uçota alınması üçün müraciəti və sənədləri elektron təqdim edirsiniz.",
   "Submit the application and documents to register a newspaper or magazine before it starts publishing.",
   "Вы подаёте в электронном виде заявление и документы для учёта газеты или журнала до начала выпуска."),
  "culture|start|cb|o|p|0|10|id,app,charter|media|reg")
R(6, "Предоставление информации о временном ограничении права должника на выезд из страны",
  ("Səfərdən əvvəl borca görə ölkədən getmək hüququnuzun müvəqqəti məhdudlaşdırılıb-məhdudlaşdırılmadığını yoxlayırsınız.",
   "Check before a trip whether your right to leave the country has been temporarily restricted because of a debt.",
   "Перед поездкой вы проверяете, не ограничено ли временно ваше право на выезд из страны из-за долга."),
  "justice|abroad|c|e|pm|0|-|id|civil|info", top=1,
  kw=("çıxış qadağası; sərhəd qadağası; borc", "travel ban; exit ban; debt", "запрет на выезд; долг"))
R(7, "Персональное электронное окно для зарегистрированных некоммерческих юридических лиц",
  ("Qeydiyyata alınmış QHT-lər hesabatları, qrant müqavilələrini və məlumatlarındakı dəyişiklikləri fərdi e-pəncərə vasitəsilə təqdim edir.",
   "Registered NGOs submit reports, grant agreements and changes to their data through a personal e-window.",
   "Зарегистрированные НПО подают отчёты, грантовые договоры и изменения своих сведений через персональное электронное окно."),
  "justice|run|b|e|p|0|-|legreg|ngo|reg", kw=("QHT; ictimai birlik", "NGO", "НПО; НКО"))
R(8, "Оплата государственных пошлин и штрафов",
  ("Dövlət rüsumlarını və yol polisinin cərimələrini bank kartı ilə onlayn ödəyirsiniz; ödəniş dərhal qeydə alınır.",
   "Pay state fees and traffic-police fines online by bank card; the payment is recorded immediately.",
   "Вы оплачиваете госпошлины и штрафы дорожной полиции онлайн банковской картой; платёж учитывается сразу."),
  "transport|car|cf|e|pm|amount|-|id|admin|pay", top=1,
  kw=("cərimə ödəmək; yol polisi cəriməsi; rüsum", "pay a fine; traffic fine; state fee", "оплатить штраф; госпошлина"))
R(9, "Поиск персональных данных по ФИН",
  ("Səlahiyyətli istifadəçilər qanunla müəyyən edilmiş hallarda FİN üzrə şəxsin əsas eyniləşdirmə məlumatlarını əldə edir.",
   "Authorised users retrieve a person's basic identification data by FIN in the cases allowed by law.",
   "Уполномоченные пользователи получают основные идентификационные данные лица по ФИН в случаях, установленных законом."),
  "identity_documents|-|b|e|p|0|-|id|pdata|info")
R(10, "Информация о штрафах и штрафных баллах за нарушения правил дорожного движения",
  ("Avtomobilinizə və sürücülük vəsiqənizə yazılmış cərimələri və cərimə ballarını yoxlayırsınız.",
   "Check the fines and penalty points recorded against your vehicle and driving licence.",
   "Вы проверяете штрафы и штрафные баллы, начисленные на ваш автомобиль и водительское удостоверение."),
  "transport|car|cf|e|pm|0|-|techpass,dl|traffic,admin|info", top=1,
  kw=("cərimə yoxlamaq; cərimə balı; radar cəriməsi", "traffic fines; speeding ticket; penalty points", "штрафы ГАИ; проверить штрафы"))
R(11, "Приём заявлений и документов для выдачи специального разрешения на использование наркотических средств и психотропных веществ ограниченного оборота, контролируемых психотропных веществ и контролируемого оборудования для их производства",
  ("Tibb, elm və ya istehsal məqsədilə nəzarət edilən narkotik vasitələr, psixotrop maddələr və avadanlıqla işləmək üçün xüsusi icazəyə müraciət edirsiniz.",
   "Apply for a special permit to handle controlled narcotic drugs, psychotropic substances or equipment for medical, research or production purposes.",
   "Вы подаёте заявку на специальное разрешение на работу с контролируемыми наркотическими средствами, психотропными веществами или оборудованием в медицинских, научных или производственных целях."),
  "health|run|b|o|p|licence|20|legreg,app,licdocs|police|dec")
R(12, "Замена водительского удостоверения",
  ("Müddəti bitmiş və ya yararsız hala düşmüş sürücülük vəsiqəsini E-Polis mobil tətbiqi və ya portal vasitəsilə dəyişdirmək üçün müraciət edirsiniz.",
   "Apply through the E-Polis mobile app or the portal to replace an expired or damaged driving licence.",
   "Вы подаёте заявку на замену водительского удостоверения с истёкшим сроком или повреждённого через мобильное приложение E-Polis или портал."),
  "transport|car|c|o|pma|dl|5|id,dl,med,fee|traffic,duty|doc", top=1,
  kw=("prava dəyişmək; sürücülük vəsiqəsinin yenilənməsi", "renew driving licence; driver's license renewal", "замена прав; обмен водительского удостоверения"))
R(13, "Приём электронных обращений граждан (предложения, заявления, жалобы)",
  ("Vergi orqanlarına təklif, ərizə və ya şikayəti onlayn göndərirsiniz; cavab 15 iş günü ərzində verilir.",
   "Send a proposal, application or complaint to the tax authorities online; the answer is given within 15 working days.",
   "Вы направляете в налоговые органы предложение, заявление или жалобу онлайн; ответ даётся в течение 15 рабочих дней."),
  "taxes|-|cb|e|pm|0|15|id,complaint|appeals,tax|info")
R(14, "Онлайн-делопроизводство (электронная переписка с налоговыми органами)",
  ("Vergi ödəyicisi vergi orqanı ilə məktub və sənəd mübadiləsini İnternet Vergi İdarəsində elektron aparır.",
   "Taxpayers exchange letters and documents with the tax authority electronically in the Internet Tax Office.",
   "Налогоплательщик ведёт переписку и обмен документами с налоговым органом в электронном виде в Интернет-налоговой службе."),
  "taxes|run|b|e|p|0|-|voen|tax,esign|info")
R(15, "Онлайн-оплата налогов",
  ("Vergiləri, faizləri və maliyyə sanksiyalarını bank kartı və ya internet-bankçılıq vasitəsilə ödəyirsiniz.",
   "Pay taxes, interest and financial penalties by bank card or internet banking.",
   "Вы оплачиваете налоги, проценты и финансовые санкции банковской картой или через интернет-банкинг."),
  "taxes|run|cb|e|pm|amount|-|voen|tax|pay", top=1, kw=("vergi ödəmək; vergi ödənişi", "pay taxes; tax payment", "оплата налогов"))
R(16, "Электронные налоговые декларации",
  ("Vergi bəyannamələrini İnternet Vergi İdarəsində doldurub elektron imza ilə təqdim edirsiniz.",
   "Fill in and file tax returns in the Internet Tax Office, signed with an electronic signature.",
   "Вы заполняете и подаёте налоговые декларации в Интернет-налоговой службе с электронной подписью."),
  "taxes|run|cb|e|p|0|-|voen,decl|tax,esign|reg", top=1, kw=("bəyannamə; vergi bəyannaməsi", "tax return; e-filing", "налоговая декларация"))
R(17, "Декларации (отчёты) по обязательному государственному социальному страхованию и страхованию от безработицы",
  ("İşəgötürən işçilər üzrə məcburi dövlət sosial sığorta və işsizlikdən sığorta haqlarını rüblük bəyannamə ilə bəyan edir.",
   "Employers declare compulsory social-insurance and unemployment-insurance contributions for their staff in a quarterly return.",
   "Работодатель ежеквартально декларирует взносы на обязательное социальное страхование и страхование от безработицы за работников."),
  "taxes|run|b|e|p|0|-|voen,labour,decl|tax,socins|reg", top=1,
  kw=("sosial sığorta haqları; DSMF bəyannaməsi", "social contributions; payroll return", "соцстрах; страховые взносы"))
R(18, "Электронный счёт-фактура по НДС (EVHF)",
  ("ƏDV ödəyiciləri vergi-hesab fakturalarını elektron formada yazır, göndərir və qəbul edir.",
   "VAT payers issue, send and receive VAT invoices electronically.",
   "Плательщики НДС выписывают, отправляют и получают налоговые счета-фактуры в электронной форме."),
  "taxes|run|b|e|p|0|-|voen|tax|doc", kw=("evhf; e-faktura", "VAT invoice; e-invoice", "счёт-фактура; электронный счёт"))
R(19, "Электронная накладная-фактура (e-Qaimə)",
  ("Malların təqdim edilməsini təsdiq edən qaimə-fakturanı elektron yazır və tərəf müqabilinə göndərirsiniz.",
   "Issue the waybill-invoice for a delivery of goods electronically and send it to your counterparty.",
   "Вы выписываете накладную-фактуру на поставку товаров в электронном виде и направляете её контрагенту."),
  "taxes|run|b|e|p|0|-|voen|tax|doc", kw=("e-qaimə; qaimə", "e-waybill; waybill", "накладная"))
R(20, "Депозитный счёт НДС",
  ("ƏDV ödəyicisi ƏDV-nin depozit hesabındakı qalığa baxır, ödənişləri və köçürmələri idarə edir.",
   "VAT payers see the balance of their VAT deposit account and manage payments and transfers.",
   "Плательщик НДС просматривает остаток депозитного счёта НДС и управляет платежами и переводами."),
  "taxes|run|b|e|p|0|-|voen|tax|pay")
R(21, "Подача заявления на адресную государственную социальную помощь",
  ("Aztəminatlı ailə ünvanlı dövlət sosial yardımı üçün onlayn müraciət edir; gəlirlər və ailə tərkibi dövlət məlumat bazalarından yoxlanılır.",
   "Low-income families apply online for targeted state social assistance; income and family composition are checked in state databases.",
   "Малообеспеченная семья подаёт онлайн-заявление на адресную социальную помощь; доходы и состав семьи проверяются по государственным базам."),
  "social_protection|jobless|c|e|pam|0|30|id,family,income,res|usa|dec", top=1,
  kw=("ünvanlı sosial yardım; ÜSY; sosial yardım", "social assistance; welfare benefit; social benefits", "адресная помощь; социальная помощь"))
R(22, "Предоставление информации о последнем освидетельствовании в Медико-социальной экспертной комиссии",
  ("Tibbi-Sosial Ekspert Komissiyasında sonuncu müayinənizin tarixi, nəticəsi və növbəti müayinənin vaxtı barədə məlumat alırsınız.",
   "See the date and outcome of your last examination by the Medical-Social Expert Commission and when the next one is due.",
   "Вы получаете сведения о дате и результате последнего освидетельствования в МСЭК и о сроке следующего."),
  "social_protection|disab|c|e|p|0|-|id,disab|nk_disab|info", kw=("TSEK; əlillik", "disability commission", "МСЭК; инвалидность"))
R(23, "Предоставление информации об освидетельствованиях, проведённых медико-социальными экспертными комиссиями",
  ("Tibbi-sosial ekspertiza zamanı keçirilmiş bütün müayinələr və qəbul edilmiş qərarlar barədə məlumat alırsınız.",
   "Obtain information on all examinations and decisions of medical-social expert commissions concerning you.",
   "Вы получаете сведения обо всех освидетельствованиях и решениях медико-социальных экспертных комиссий в отношении вас."),
  "social_protection|disab|c|e|p|0|-|id,disab|nk_disab|info")
R(24, "Регистрация граждан в качестве ищущих работу и безработных и снятие с учёта",
  ("İş axtaran və ya işsiz kimi qeydiyyata alınır, vakansiyalara göndəriş və işsizlikdən sığorta hüququ əldə edirsiniz.",
   "Register as a job seeker or unemployed person to get referrals to vacancies and access to unemployment insurance.",
   "Вы регистрируетесь как ищущий работу или безработный и получаете направления на вакансии и доступ к страхованию от безработицы."),
  "employment|jobless|c|e|pam|0|3|id,ediploma,labour|nk_employment,unemp|reg", top=1,
  kw=("işsiz qeydiyyatı; iş axtarmaq; məşğulluq mərkəzi", "job search; unemployed registration; jobseeker", "поиск работы; биржа труда; безработный"))
R(25, "Предоставление информации застрахованным лицам",
  ("Sığortaolunan şəxs fərdi hesabına köçürülmüş sosial sığorta haqlarını və sığorta stajını görür.",
   "Insured persons see the social-insurance contributions paid to their individual account and their insurance record.",
   "Застрахованное лицо видит социальные страховые взносы на своём индивидуальном счёте и страховой стаж."),
  "social_protection|retire|c|e|pm|0|-|id,sia|socins,pension|info", top=1, kw=("sığorta stajı; fərdi hesab", "insurance record", "страховой стаж"))
R(26, "Приём заявлений и документов для допуска к работе медицинских и фармацевтических работников, получивших высшее или среднее специальное образование либо прошедших последипломную специализацию за рубежом",
  ("Xaricdə tibb və ya əczaçılıq təhsili almış mütəxəssislər Azərbaycanda işə buraxılmaq üçün sənədlərini təqdim edir.",
   "Medical and pharmaceutical professionals trained abroad submit their documents to be admitted to practise in Azerbaijan.",
   "Медицинские и фармацевтические специалисты, обучавшиеся за рубежом, подают документы для допуска к работе в Азербайджане."),
  "health|-|cf|o|p|0|30|id,diploma,medlic|health|dec")
R(27, "Онлайн-заказ карт медицинского осмотра",
  ("İşə qəbul və ya təhsil üçün tələb olunan tibbi müayinə kartını onlayn sifariş edir, müayinə vaxtını seçirsiniz.",
   "Order online the medical examination card needed for a job or studies and choose a time for the check-up.",
   "Вы заказываете онлайн карту медицинского осмотра для работы или учёбы и выбираете время обследования."),
  "health|health|c|o|pm|services|5|id|nk_health|doc")
R(28, "Приём заявлений и документов для выдачи специального разрешения (лицензии) на частную медицинскую и фармацевтическую деятельность",
  ("Özəl klinika, aptek və ya həkim fəaliyyəti üçün lisenziyaya elektron müraciət edirsiniz.",
   "Apply electronically for a licence to run a private clinic, pharmacy or medical practice.",
   "Вы подаёте электронную заявку на лицензию для частной клиники, аптеки или врачебной практики."),
  "health|start|b|o|p|licence|15|legreg,licdocs,medlic|health|dec")
R(29, "Приём заявлений и документов для выдачи разрешения на ввоз лекарственных средств",
  ("Dərman vasitələrinin Azərbaycana idxalı üçün icazəyə müraciət edirsiniz.",
   "Apply for a permit to import medicines into Azerbaijan.",
   "Вы подаёте заявку на разрешение на ввоз лекарственных средств в Азербайджан."),
  "health|run|b|o|p|0|10|legreg,invoice,techdocs|health|dec")
R(30, "Заявка на аккредитацию мероприятий непрерывного медицинского образования",
  ("Təşkilatçılar konfrans, kurs və seminarların davamlı tibbi təhsil kreditləri ilə akkreditasiyası üçün müraciət edir.",
   "Organisers apply to have conferences, courses and seminars accredited for continuing medical education credits.",
   "Организаторы подают заявку на аккредитацию конференций, курсов и семинаров с кредитами непрерывного медицинского образования."),
  "health|-|b|o|p|0|15|app|health|dec")
R(31, "База данных обладателей дипломов иностранных вузов, признанных и нострифицированных в Азербайджанской Республике",
  ("Xarici ali təhsil diplomunun Azərbaycanda tanınıb-tanınmadığını diplom sahibinin adı və ya diplomun nömrəsi ilə yoxlayırsınız.",
   "Check by the holder's name or the diploma number whether a foreign university diploma is recognised in Azerbaijan.",
   "Вы проверяете по имени владельца или номеру диплома, признан ли в Азербайджане диплом иностранного вуза."),
  "education|study|cbf|e|p|0|-|-|educ|info")
R(32, "Признание и установление эквивалентности (нострификация) иностранных квалификаций высшего образования",
  ("Xaricdə alınmış ali təhsil diplomunun tanınması üçün elektron müraciət edir, nəticəni onlayn izləyirsiniz.",
   "Apply electronically for recognition of a foreign higher-education diploma and follow the outcome online.",
   "Вы подаёте электронную заявку на признание иностранного диплома о высшем образовании и следите за результатом онлайн."),
  "education|study abroad|cf|e|p|0|30|id,diploma|educ,nk_edu|dec", top=1,
  kw=("nostrifikasiya; diplomun tanınması", "diploma recognition; nostrification", "нострификация; признание диплома"))
R(33, "Приём учащихся в первые классы общеобразовательных учреждений",
  ("Valideyn uşağını birinci sinfə qəbul üçün elektron sistemdə qeydiyyatdan keçirir və məktəb seçir.",
   "Parents register their child for the first grade in the electronic system and choose a school.",
   "Родители регистрируют ребёнка в первый класс в электронной системе и выбирают школу."),
  "education|study birth|c|e|p|0|30|birth,res|educ|dec", url="https://mektebeqebul.edu.az", top=1,
  kw=("məktəbə qəbul; birinci sinif", "school enrolment; first grade", "запись в школу; первый класс"))
R(34, "Электронное декларирование при таможенном оформлении товаров и транспортных средств",
  ("Malların və nəqliyyat vasitələrinin gömrük bəyannaməsini elektron doldurub təqdim edir, rüsumları onlayn ödəyirsiniz.",
   "Complete and submit the customs declaration for goods and vehicles electronically and pay the duties online.",
   "Вы заполняете и подаёте таможенную декларацию на товары и транспортные средства в электронном виде и оплачиваете пошлины онлайн."),
  "customs|run|bc|e|p|customs|1|voen,invoice|customs|reg", top=1,
  kw=("gömrük bəyannaməsi; bəyannamə", "customs declaration; customs clearance", "таможенная декларация; растаможка"))
R(35, "Представление официальных статистических отчётов",
  ("Müəssisələr məcburi statistik hesabatları elektron formada doldurub təqdim edir.",
   "Enterprises fill in and submit mandatory statistical reports electronically.",
   "Предприятия заполняют и представляют обязательную статистическую отчётность в электронном виде."),
  "statistics|run|b|e|p|0|-|voen,report|nk_stat|reg", top=1,
  kw=("statistik hesabat; DSK hesabatı", "statistical return; statistics report", "статистический отчёт; статотчётность"))
R(36, "Предоставление календаря выпуска статистических данных и календаря распространения пресс-релизов",
  ("Statistik məlumatların və mətbu buraxılışların dərc ediləcəyi tarixləri görürsünüz.",
   "See the dates on which statistical data and press releases will be published.",
   "Вы видите даты публикации статистических данных и пресс-релизов."),
  "statistics|-|cbf|e|p|0|-|-|nk_stat|info")
R(37, "Предоставление статистических данных (показателей)",
  ("Rəsmi statistik göstəriciləri sorğu əsasında və ya açıq məlumat bazasından əldə edirsiniz.",
   "Obtain official statistical indicators on request or from the open database.",
   "Вы получаете официальные статистические показатели по запросу или из открытой базы данных."),
  "statistics|-|cbf|e|p|0|10|app|nk_stat,info|info")
R(38, "Онлайн-продажа статистических изданий (книг)",
  ("Statistik məcmuələri və kitabları onlayn sifariş edib ödəyirsiniz.",
   "Order and pay for statistical yearbooks and books online.",
   "Вы заказываете и оплачиваете статистические сборники и книги онлайн."),
  "statistics|-|cbf|e|p|tariff|5|-|nk_stat|pay")
R(39, "Онлайн-оплата административных штрафов за нарушение правил представления статистических данных",
  ("Statistik hesabatın gecikdirilməsinə və ya təqdim edilməməsinə görə tətbiq edilmiş inzibati cəriməni onlayn ödəyirsiniz.",
   "Pay online an administrative fine for a late or missing statistical report.",
   "Вы оплачиваете онлайн административный штраф за несвоевременное представление или непредставление статистического отчёта."),
  "statistics|run|b|e|p|amount|-|voen|admin|pay")
R(40, "Онлайн-заявление – выход из гражданства Азербайджанской Республики",
  ("Azərbaycan vətəndaşlığından çıxmaq üçün ərizəni onlayn təqdim edirsiniz; qərarı Azərbaycan Respublikasının Prezidenti qəbul edir.",
   "Submit online an application to renounce Azerbaijani citizenship; the decision is taken by the President of the Republic.",
   "Вы подаёте онлайн-заявление о выходе из гражданства Азербайджана; решение принимает Президент Азербайджанской Республики."),
  "migration|abroad|c|o|p|duty|90|id,birth,appp|citizenship|dec")
R(41, "Приобретение гражданства Азербайджанской Республики",
  ("Əcnəbilər və vətəndaşlığı olmayan şəxslər Azərbaycan vətəndaşlığına qəbul üçün sənədlərini onlayn təqdim edir.",
   "Foreigners and stateless persons submit their documents online to be granted Azerbaijani citizenship.",
   "Иностранцы и лица без гражданства подают онлайн документы для приёма в гражданство Азербайджана."),
  "migration|-|f|o|p|duty|90|fpass,stay,appp|citizenship,migr|dec",
  kw=("vətəndaşlıq almaq; vətəndaşlığa qəbul", "citizenship application; naturalisation", "получение гражданства"))
R(42, "Восстановление гражданства Азербайджанской Республики",
  ("Əvvəllər Azərbaycan vətəndaşı olmuş şəxslər vətəndaşlığın bərpası üçün onlayn müraciət edir.",
   "Former Azerbaijani citizens apply online to have their citizenship restored.",
   "Бывшие граждане Азербайджана подают онлайн-заявку на восстановление гражданства."),
  "migration|-|f|o|p|duty|90|fpass,appp|citizenship|dec")
R(43, "Продление срока временного пребывания в Азербайджанской Республике",
  ("Əcnəbilər ölkədə müvəqqəti olma müddətinin uzadılması üçün onlayn müraciət edir.",
   "Foreigners apply online to extend their period of temporary stay in the country.",
   "Иностранцы подают онлайн-заявку на продление срока временного пребывания в стране."),
  "migration|abroad|f|e|p|duty|5|fpass,stay|migr|dec", top=1,
  kw=("qalma müddətinin uzadılması; vizanın uzadılması", "extend stay; visa extension", "продление пребывания; продление визы"))
R(44, "Продление срока трудовой деятельности (иностранцев)",
  ("İşəgötürən əcnəbi işçinin iş icazəsinin müddətinin uzadılması üçün onlayn müraciət edir.",
   "Employers apply online to extend a foreign employee's work permit.",
   "Работодатель подаёт онлайн-заявку на продление разрешения на работу иностранного работника."),
  "migration|run|bf|e|p|workpermit|10|fpass,labour,legreg|migr|dec")
R(45, "Приём на службу в миграционные органы",
  ("Miqrasiya orqanlarında vakant vəzifələr üzrə müsabiqədə iştirak üçün onlayn müraciət edirsiniz.",
   "Apply online to take part in competitions for vacant posts in the migration bodies.",
   "Вы подаёте онлайн-заявку на участие в конкурсе на вакантные должности в миграционных органах."),
  "employment|-|c|o|p|0|30|id,cv,ediploma|migr|dec")
R(46, "Разрешение на временное проживание",
  ("Əcnəbilər Azərbaycanda müvəqqəti yaşamaq üçün icazəyə onlayn müraciət edir və icazə vəsiqəsini alır.",
   "Foreigners apply online for a temporary residence permit and receive the permit card.",
   "Иностранцы подают онлайн-заявку на разрешение на временное проживание и получают карту разрешения."),
  "migration|abroad|f|o|p|permit|20|fpass,photo,med,stay|migr|doc", top=1,
  kw=("MYİ; yaşamaq üçün icazə; yaşayış icazəsi", "residence permit; temporary residence", "вид на жительство; ВНЖ; разрешение на проживание"))
R(47, "Регистрация обращений граждан Азербайджанской Республики, добровольно принявших гражданство иностранного государства",
  ("Xarici ölkə vətəndaşlığını qəbul etmiş Azərbaycan vətəndaşı bu barədə qanunla müəyyən edilmiş müddətdə onlayn məlumat verir.",
   "Azerbaijani citizens who have acquired a foreign citizenship notify the migration service online within the legal deadline.",
   "Граждане Азербайджана, принявшие иностранное гражданство, уведомляют миграционную службу онлайн в установленный законом срок."),
  "migration|abroad|c|e|p|0|5|id,fpass|citizenship,migr|reg")
R(48, "Получение справки о наличии недвижимого имущества",
  ("Adınıza qeydiyyatda olan daşınmaz əmlakın olub-olmaması barədə arayışı onlayn alırsınız.",
   "Get online a certificate of whether any real estate is registered in your name.",
   "Вы получаете онлайн справку о наличии (отсутствии) зарегистрированной на вас недвижимости."),
  "property|buy|c|e|pa|0|1|id,prop|realestate|eref", top=1,
  kw=("əmlak arayışı; mülk arayışı", "property certificate; real estate certificate", "справка о недвижимости"))
R(49, "Электронный аукцион",
  ("Özəlləşdirilən və ya icarəyə verilən dövlət əmlakının elektron hərraclarında onlayn iştirak edirsiniz.",
   "Take part online in electronic auctions of state property offered for privatisation or lease.",
   "Вы участвуете онлайн в электронных аукционах по приватизации или аренде государственного имущества."),
  "property|buy start|cb|e|p|tariff|-|id,bank|nk_property|dec", kw=("hərrac; auksion; özəlləşdirmə", "auction; privatisation", "аукцион; приватизация"))
R(50, "Представление государственными предприятиями и органами годового специального отчёта о сохранности и использовании государственного имущества",
  ("Dövlət müəssisələri və orqanları dövlət əmlakının qorunması və istifadəsi barədə illik xüsusi hesabatı elektron təqdim edir.",
   "State enterprises and bodies file the annual special report on the preservation and use of state property electronically.",
   "Государственные предприятия и органы представляют годовой специальный отчёт о сохранности и использовании госимущества в электронном виде."),
  "property|-|b|e|p|0|-|report|nk_property|reg")
R(51, "Онлайн-оплата штрафов",
  ("Standartlaşdırma və metrologiya qaydalarının pozulmasına görə tətbiq edilmiş cərimələri onlayn ödəyirsiniz.",
   "Pay online fines imposed for breaches of standardisation and metrology rules.",
   "Вы оплачиваете онлайн штрафы за нарушение правил стандартизации и метрологии."),
  "business|run|b|e|p|amount|-|voen|admin|pay")
R(52, "Приём заявлений и документов для выдачи патента на изобретение, полезную модель или промышленный образец",
  ("İxtira, faydalı model və ya sənaye nümunəsi üçün patent iddia sənədlərini elektron təqdim edirsiniz.",
   "File a patent application for an invention, utility model or industrial design electronically.",
   "Вы подаёте электронную заявку на патент на изобретение, полезную модель или промышленный образец."),
  "intellectual_property|-|cbf|o|p|patent|60|id,iprop|patent|doc", kw=("patent almaq; ixtira", "patent application; invention", "патент; изобретение"))
R(53, "Приём заявлений и документов для выдачи выписки из реестра изобретений, полезных моделей, промышленных образцов, товарных знаков или географических указаний",
  ("Patent və ya əmtəə nişanı üzrə reyestr məlumatlarından rəsmi çıxarış alırsınız.",
   "Obtain an official extract from the register on a patent or trademark.",
   "Вы получаете официальную выписку из реестра по патенту или товарному знаку."),
  "intellectual_property|-|cbf|o|p|patent|10|app|patent,tm|doc")
R(54, "Приём заявлений и документов для выдачи сертификата об утверждении типа средств измерений",
  ("İstehsalçı və ya idxalçı ölçmə vasitəsinin tipinin təsdiqi haqqında sertifikata müraciət edir.",
   "Manufacturers or importers apply for a type-approval certificate for a measuring instrument.",
   "Производитель или импортёр подаёт заявку на сертификат об утверждении типа средства измерений."),
  "business|run|b|o|p|tariff|30|legreg,techdocs|nk_standard|doc")
R(55, "Приём заявлений и документов для регистрации лицензионных договоров в государственном реестре",
  ("Patentdən və ya əmtəə nişanından istifadəyə dair lisenziya müqaviləsini dövlət reyestrində qeydiyyata aldırırsınız.",
   "Register a licence agreement for the use of a patent or trademark in the state register.",
   "Вы регистрируете лицензионный договор на использование патента или товарного знака в государственном реестре."),
  "intellectual_property|run|b|o|p|patent|30|contract,legreg|patent,tm|reg")
R(56, "Приём заявлений и документов для регистрации товарного знака или географического указания в государственном реестре",
  ("Əmtəə nişanının və ya coğrafi göstəricinin qeydiyyatı üçün elektron iddia sənədi təqdim edirsiniz.",
   "File an electronic application to register a trademark or geographical indication.",
   "Вы подаёте электронную заявку на регистрацию товарного знака или географического указания."),
  "intellectual_property|start|cb|o|p|patent|60|tm,legreg|tm|reg", top=1,
  kw=("brend qeydiyyatı; loqo qeydiyyatı; ticarət nişanı", "trademark registration; brand; logo", "регистрация товарного знака; бренд"))
R(57, "Приём заявлений и документов для регистрации в государственном реестре договоров о передаче прав на товарный знак",
  ("Əmtəə nişanına hüquqların başqa şəxsə verilməsi barədə müqaviləni reyestrdə qeydiyyata aldırırsınız.",
   "Register in the state register an agreement transferring trademark rights to another party.",
   "Вы регистрируете в государственном реестре договор о передаче прав на товарный знак."),
  "intellectual_property|run|b|o|p|patent|30|contract,legreg|tm|reg")
R(58, "Подключение телефона к сервисам",
  ("Stasionar telefon nömrənizə zəngin yönləndirilməsi, nömrənin müəyyənləşdirilməsi kimi ATS xidmətlərini onlayn qoşursunuz.",
   "Connect exchange services such as call forwarding or caller ID to your landline number online.",
   "Вы онлайн подключаете к стационарному номеру услуги АТС, например переадресацию или определитель номера."),
  "digital_services|-|cb|e|p|tariff|1|abon|telecom|reg")
R(59, "POÇTAP – поиск утерянных документов",
  ("İtirilmiş və poçta təhvil verilmiş şəxsiyyət vəsiqəsi, pasport və digər sənədləri Azərpoçtun POÇTAP xidməti ilə axtarırsınız.",
   "Search Azerpost's POÇTAP service for a lost identity card, passport or other document handed in to the post.",
   "Вы ищете через сервис POÇTAP Азерпочты утерянные удостоверение личности, паспорт и другие документы, сданные на почту."),
  "digital_services|-|cf|e|pm|0|-|-|nk_post|info", kw=("itmiş sənəd; itirilmiş pasport", "lost documents; lost passport", "потерянные документы"))
R(60, "Приём заявлений и документов для использования архивных документов в научно-исследовательских и иных целях",
  ("Tədqiqatçılar oxu zalında arxiv sənədləri ilə işləmək üçün onlayn müraciət edir.",
   "Researchers apply online for access to archival documents in the reading room.",
   "Исследователи подают онлайн-заявку на работу с архивными документами в читальном зале."),
  "culture|study|cf|o|p|0|10|id,research|nk_archive|dec")
R(61, "Предоставление информации об окружающей среде и природных ресурсах (информационная служба)",
  ("Havanın və suyun keyfiyyəti, təbii sərvətlər barədə məlumatı sorğu əsasında alırsınız.",
   "Obtain information on air and water quality and on natural resources on request.",
   "Вы получаете по запросу сведения о качестве воздуха и воды и о природных ресурсах."),
  "environment|-|cbf|e|pm|0|15|app|env,info|info")
R(62, "Приём заявлений и документов для выдачи документов о статусе (вынужденного переселенца)",
  ("Məcburi köçkün statusunu təsdiq edən vəsiqənin verilməsi və ya dəyişdirilməsi üçün müraciət edirsiniz.",
   "Apply to be issued, or to replace, the identity document confirming IDP status.",
   "Вы подаёте заявку на выдачу или замену удостоверения, подтверждающего статус вынужденного переселенца."),
  "social_protection|-|c|o|pa|0|15|id,photo,idp|idp|doc", kw=("köçkün vəsiqəsi", "IDP card", "документ переселенца"))
R(63, "Электронное заявление абитуриента",
  ("Ali və orta ixtisas təhsili müəssisələrinə qəbul imtahanlarında iştirak üçün elektron ərizəni doldurursunuz.",
   "Complete the electronic application to sit the admission exams for universities and colleges.",
   "Вы заполняете электронное заявление для участия во вступительных экзаменах в вузы и колледжи."),
  "education|study|c|e|p|exam|-|id,school,photo|educ,nk_exam|reg", top=1,
  kw=("abituriyent ərizəsi; qəbul imtahanı; TQDK", "university application; entrance exam", "заявление абитуриента; вступительный экзамен"))
R(64, "Приём заявлений и документов для выдачи Непрерывной выписки из истории судна (CSR)",
  ("Gəmi sahibi gəminin tarixi barədə fasiləsiz qeydlər sənədinin verilməsi üçün müraciət edir.",
   "Ship owners apply for the ship's Continuous Synopsis Record.",
   "Судовладелец подаёт заявку на выдачу непрерывной выписки из истории судна."),
  "transport|run|b|o|p|duty|10|ship|nk_maritime|doc")
R(65, "Приём заявлений и документов для выдачи подтверждения о признании сертификата (диплома) Государственной морской администрацией Азербайджанской Республики",
  ("Xaricdə verilmiş dənizçi sertifikatının Azərbaycan bayrağı altında üzən gəmilərdə tanınması üçün təsdiqnamə alırsınız.",
   "Obtain an endorsement recognising a foreign seafarer's certificate for service on ships under the Azerbaijani flag.",
   "Вы получаете подтверждение о признании иностранного сертификата моряка для работы на судах под флагом Азербайджана."),
  "transport|-|cf|o|p|duty|10|id,seaman|nk_maritime|doc")
R(66, "Приём заявлений и документов для выдачи свидетельства о праве плавания под государственным флагом Азербайджанской Республики",
  ("Gəminin Azərbaycan bayrağı altında üzmək hüququnu təsdiq edən şəhadətnaməyə müraciət edirsiniz.",
   "Apply for the certificate confirming a ship's right to sail under the Azerbaijani flag.",
   "Вы подаёте заявку на свидетельство о праве судна плавать под флагом Азербайджана."),
  "transport|run|b|o|p|duty|10|ship,legreg|nk_maritime|doc")
R(67, "Приём заявлений и документов для выдачи свидетельства о минимальном составе экипажа",
  ("Gəmi sahibi gəminin təhlükəsiz istismarı üçün minimum heyət tərkibi haqqında şəhadətnaməyə müraciət edir.",
   "Ship owners apply for the minimum safe manning certificate.",
   "Судовладелец подаёт заявку на свидетельство о минимальном безопасном составе экипажа."),
  "transport|run|b|o|p|duty|10|ship|nk_maritime|doc")

# ============================================================================================
# Plausible demo services (not official). DVX – State Tax Service
# ============================================================================================
S("DVX", ("Fiziki şəxslərin gəlir vergisi bəyannaməsinin təqdim edilməsi", "Submission of the personal income tax return", "Подача декларации по подоходному налогу физических лиц"),
  ("Əmək haqqından kənar gəlirlər (icarə, sahibkarlıq, xaricdən gəlir) üzrə illik gəlir vergisi bəyannaməsini onlayn təqdim edirsiniz.",
   "File your annual income tax return online for income other than salary (rent, business, foreign income).",
   "Вы подаёте онлайн годовую декларацию по подоходному налогу с доходов помимо зарплаты (аренда, предпринимательство, доход из-за рубежа)."),
  "taxes|run|c|e|pm|0|-|id,voen,decl|tax|reg", top=1,
  kw=("gəlir vergisi; illik bəyannamə", "income tax return; personal income tax", "подоходный налог; декларация о доходах"))
S("DVX", ("Mənfəət vergisi bəyannaməsinin təqdim edilməsi", "Submission of the corporate profit tax return", "Подача декларации по налогу на прибыль"),
  ("Hüquqi şəxslər illik mənfəət vergisi bəyannaməsini və cari vergi ödəmələri haqqında arayışı elektron təqdim edir.",
   "Legal entities file the annual profit tax return and the statement of current tax payments electronically.",
   "Юридические лица подают годовую декларацию по налогу на прибыль и справку о текущих платежах в электронном виде."),
  "taxes|run|b|e|p|0|-|voen,decl,fin|tax|reg", top=1,
  kw=("mənfəət vergisi; korporativ vergi", "corporate tax; profit tax return", "налог на прибыль; корпоративный налог"))
S("DVX", ("Əlavə dəyər vergisi (ƏDV) məqsədləri üçün qeydiyyata alınma", "Registration for value added tax (VAT) purposes", "Регистрация в целях налога на добавленную стоимость (НДС)"),
  ("Dövriyyəniz ƏDV həddini keçdikdə və ya könüllü olaraq ƏDV ödəyicisi kimi qeydiyyata alınmaq üçün onlayn müraciət edirsiniz.",
   "Apply online to register as a VAT payer when your turnover passes the threshold, or voluntarily.",
   "Вы подаёте онлайн-заявку на регистрацию плательщиком НДС при превышении порога оборота или добровольно."),
  "taxes|start run|b|e|p|0|5|voen,app|tax|reg", top=1, kw=("ƏDV qeydiyyatı; ədv", "VAT registration", "регистрация НДС"))
S("DVX", ("Əlavə dəyər vergisi bəyannaməsinin təqdim edilməsi", "Submission of the VAT return", "Подача декларации по НДС"),
  ("ƏDV ödəyiciləri aylıq ƏDV bəyannaməsini və əlavələrini elektron təqdim edir.",
   "VAT payers file the monthly VAT return and its annexes electronically.",
   "Плательщики НДС ежемесячно подают декларацию по НДС и приложения к ней в электронном виде."),
  "taxes|run|b|e|p|0|-|voen,decl|tax|reg", top=1, kw=("ƏDV bəyannaməsi", "VAT return; VAT declaration", "декларация НДС"))
S("DVX", ("Kommersiya hüquqi şəxslərin dövlət qeydiyyatı", "State registration of commercial legal entities", "Государственная регистрация коммерческих юридических лиц"),
  ("Məhdud məsuliyyətli cəmiyyət və digər kommersiya hüquqi şəxslərini onlayn qeydiyyata aldırırsınız; VÖEN və reyestrdən çıxarış elektron verilir.",
   "Register a limited liability company or another commercial legal entity online; the VÖEN and the register extract are issued electronically.",
   "Вы онлайн регистрируете общество с ограниченной ответственностью или другое коммерческое юрлицо; VÖEN и выписка из реестра выдаются в электронном виде."),
  "business|start|cbf|e|pa|0|2|id,founders,charter|legalent,tax|reg", top=1,
  kw=("şirkət qeydiyyatı; MMC açmaq; biznes qeydiyyatı", "company registration; register a business; LLC", "регистрация компании; открыть ООО; регистрация бизнеса"))
S("DVX", ("Fiziki şəxsin sahibkar kimi vergi uçotuna alınması", "Registration of an individual as an entrepreneur with the tax authority", "Постановка физического лица на налоговый учёт в качестве предпринимателя"),
  ("Fərdi sahibkar kimi fəaliyyətə başlamaq üçün onlayn qeydiyyatdan keçir, VÖEN alırsınız.",
   "Register online to start business as an individual entrepreneur and receive a VÖEN.",
   "Вы онлайн регистрируетесь для начала деятельности индивидуального предпринимателя и получаете VÖEN."),
  "business|start|c|e|pam|0|2|id,res|tax|reg", top=1,
  kw=("fərdi sahibkar; VÖEN almaq; FS qeydiyyatı", "sole trader; individual entrepreneur; self-employed registration", "ИП; индивидуальный предприниматель; получить VÖEN"))
S("DVX", ("Vergi ödəyicisinin eyniləşdirmə nömrəsi (VÖEN) haqqında şəhadətnamənin verilməsi", "Issuance of the taxpayer identification number (VÖEN) certificate", "Выдача свидетельства об идентификационном номере налогоплательщика (VÖEN)"),
  ("Vergi uçotuna alınmanı təsdiq edən VÖEN şəhadətnaməsini elektron formada alırsınız.",
   "Receive the VÖEN certificate confirming your tax registration in electronic form.",
   "Вы получаете свидетельство VÖEN, подтверждающее постановку на налоговый учёт, в электронной форме."),
  "taxes|start|cb|e|pa|0|2|voen|tax|doc", kw=("VÖEN şəhadətnaməsi", "taxpayer number; TIN certificate", "ИНН; свидетельство VÖEN"))
S("DVX", ("Vergi borcunun olub-olmaması barədə arayışın verilməsi", "Certificate of (absence of) tax arrears", "Справка о наличии (отсутствии) налоговой задолженности"),
  ("Tender, kredit və ya lisenziya üçün vergi borcunuzun olmadığını təsdiq edən elektron arayış alırsınız.",
   "Get an electronic certificate that you have no tax arrears, for tenders, loans or licences.",
   "Вы получаете электронную справку об отсутствии налоговой задолженности для тендеров, кредитов или лицензий."),
  "taxes|run|cb|e|p|0|1|voen|tax|eref", top=1, kw=("vergi borcu arayışı; borc yoxdur arayışı", "tax clearance certificate; no tax debt", "справка об отсутствии налоговой задолженности"))
S("DVX", ("Sadələşdirilmiş vergi üzrə bəyannamənin təqdim edilməsi", "Submission of the simplified tax return", "Подача декларации по упрощённому налогу"),
  ("Sadələşdirilmiş vergi ödəyiciləri rüblük bəyannaməni elektron təqdim edir.",
   "Simplified-tax payers file the quarterly return electronically.",
   "Плательщики упрощённого налога ежеквартально подают декларацию в электронном виде."),
  "taxes|run|cb|e|pm|0|-|voen,decl|tax|reg", top=1, kw=("sadələşdirilmiş vergi; 2 faiz", "simplified tax; small business tax", "упрощённый налог; упрощёнка"))
S("DVX", ("Hüquqi şəxslərin əmlak vergisi bəyannaməsinin təqdim edilməsi", "Submission of the property tax return by legal entities", "Подача декларации по налогу на имущество юридических лиц"),
  ("Müəssisələr balansındakı əsas vəsaitlər üzrə illik əmlak vergisi bəyannaməsini elektron təqdim edir.",
   "Enterprises file the annual property tax return on the fixed assets on their balance sheet electronically.",
   "Предприятия подают в электронном виде годовую декларацию по налогу на имущество по основным средствам на балансе."),
  "taxes|run|b|e|p|0|-|voen,decl|tax|reg")
S("DVX", ("Hüquqi şəxslərin torpaq vergisi bəyannaməsinin təqdim edilməsi", "Submission of the land tax return by legal entities", "Подача декларации по земельному налогу юридических лиц"),
  ("Hüquqi şəxslər mülkiyyətində və ya istifadəsində olan torpaqlar üzrə torpaq vergisi bəyannaməsini elektron təqdim edir.",
   "Legal entities file the land tax return for land they own or use electronically.",
   "Юридические лица подают в электронном виде декларацию по земельному налогу за земли в собственности или пользовании."),
  "taxes|run|b|e|p|0|-|voen,land,decl|tax|reg")
S("DVX", ("Mədən vergisi bəyannaməsinin təqdim edilməsi", "Submission of the mining tax return", "Подача декларации по налогу на добычу полезных ископаемых"),
  ("Faydalı qazıntı çıxaran müəssisələr aylıq mədən vergisi bəyannaməsini elektron təqdim edir.",
   "Companies extracting minerals file the monthly mining tax return electronically.",
   "Предприятия, добывающие полезные ископаемые, ежемесячно подают декларацию по налогу на добычу в электронном виде."),
  "taxes|run|b|e|p|0|-|voen,decl|tax|reg")
S("DVX", ("Aksiz vergisi bəyannaməsinin təqdim edilməsi", "Submission of the excise tax return", "Подача декларации по акцизному налогу"),
  ("Aksizli mal istehsal edən və ya idxal edən şəxslər aksiz bəyannaməsini elektron təqdim edir.",
   "Producers and importers of excisable goods file the excise return electronically.",
   "Производители и импортёры подакцизных товаров подают акцизную декларацию в электронном виде."),
  "taxes|run|b|e|p|0|-|voen,decl|tax|reg")
S("DVX", ("Ödəmə mənbəyində tutulan vergilər üzrə bəyannamənin təqdim edilməsi", "Submission of the withholding tax return", "Подача декларации по налогам, удерживаемым у источника выплаты"),
  ("Vergi agentləri işçilərin əmək haqqından və digər ödənişlərdən tutulmuş vergiləri rüblük bəyan edir.",
   "Tax agents declare each quarter the taxes withheld from salaries and other payments.",
   "Налоговые агенты ежеквартально декларируют налоги, удержанные из зарплаты и других выплат."),
  "taxes|run|b|e|p|0|-|voen,decl|tax|reg", kw=("ödəmə mənbəyi; əmək haqqı vergisi", "withholding tax; payroll tax", "налог у источника; НДФЛ работников"))
S("DVX", ("İnternet Vergi İdarəsində şəxsi kabinet üçün istifadəçi kodu və parolun verilməsi", "Issuance of a user code and password for the personal cabinet of the Internet Tax Office", "Выдача кода пользователя и пароля для личного кабинета Интернет-налоговой службы"),
  ("Elektron xidmətlərdən istifadə üçün İnternet Vergi İdarəsinə giriş məlumatlarını alırsınız; ASAN İmza ilə giriş də mümkündür.",
   "Get login details for the Internet Tax Office to use its e-services; signing in with ASAN İmza is also possible.",
   "Вы получаете данные для входа в Интернет-налоговую службу; вход с ASAN İmza также возможен."),
  "taxes|start|cb|e|pa|0|1|id,voen|tax,esign|doc", kw=("e-taxes parol; şəxsi kabinet", "e-taxes login", "пароль e-taxes"))
S("DVX", ("Nəzarət-kassa aparatının vergi orqanında qeydiyyata alınması", "Registration of a cash register with the tax authority", "Регистрация контрольно-кассового аппарата в налоговом органе"),
  ("Ticarət və xidmət obyektində istifadə ediləcək onlayn nəzarət-kassa aparatını qeydiyyata aldırırsınız.",
   "Register the online cash register you will use in a shop or service outlet.",
   "Вы регистрируете онлайн-кассовый аппарат, который будет использоваться в торговом или сервисном объекте."),
  "taxes|start run|b|d|ao|0|3|voen,contract|tax|reg", kw=("kassa aparatı; obyekt kassa", "cash register; POS", "кассовый аппарат; онлайн-касса"))
S("DVX", ("Vergi ödəyicisinin vergi uçotundan çıxarılması", "Deregistration of a taxpayer", "Снятие налогоплательщика с налогового учёта"),
  ("Fəaliyyətə xitam verdikdə vergi uçotundan çıxarılmaq üçün müraciət edirsiniz; vergi öhdəlikləri yoxlanılır.",
   "Apply to be removed from the tax register when you stop your activity; outstanding tax obligations are checked.",
   "Вы подаёте заявку на снятие с налогового учёта при прекращении деятельности; налоговые обязательства проверяются."),
  "taxes|close|cb|d|ao|0|10|voen,app|tax|dec")
S("DVX", ("Kommersiya hüquqi şəxsinin ləğvinin dövlət qeydiyyatı", "State registration of the liquidation of a commercial legal entity", "Государственная регистрация ликвидации коммерческого юридического лица"),
  ("Ləğvetmə balansı təsdiq edildikdən sonra şirkətin ləğvini qeydiyyata aldırır və reyestrdən çıxarırsınız.",
   "After the liquidation balance sheet is approved, register the company's liquidation and remove it from the register.",
   "После утверждения ликвидационного баланса вы регистрируете ликвидацию компании и исключаете её из реестра."),
  "business|close|b|d|ao|0|5|legreg,founders,fin|legalent,civil|reg", kw=("şirkətin bağlanması; ləğv", "close a company; liquidation", "ликвидация компании; закрыть ООО"))
S("DVX", ("Kommersiya hüquqi şəxslərinin təsis sənədlərinə edilən dəyişikliklərin dövlət qeydiyyatı", "State registration of amendments to the founding documents of commercial legal entities", "Государственная регистрация изменений в учредительные документы коммерческих юридических лиц"),
  ("Nizamnamə kapitalının, təsisçilərin, hüquqi ünvanın və ya rəhbərin dəyişməsini onlayn qeydiyyata aldırırsınız.",
   "Register online a change of share capital, founders, legal address or director.",
   "Вы онлайн регистрируете изменение уставного капитала, учредителей, юридического адреса или руководителя."),
  "business|run|b|e|pa|0|3|legreg,founders,charter|legalent|reg")
S("DVX", ("Kommersiya hüquqi şəxslərinin dövlət reyestrindən çıxarışın verilməsi", "Issuance of an extract from the state register of commercial legal entities", "Выдача выписки из государственного реестра коммерческих юридических лиц"),
  ("Şirkətin qeydiyyat məlumatlarını (təsisçilər, rəhbər, ünvan) əks etdirən elektron çıxarış alırsınız.",
   "Get an electronic extract showing a company's registration data (founders, director, address).",
   "Вы получаете электронную выписку с регистрационными данными компании (учредители, руководитель, адрес)."),
  "business|run|cb|e|p|0|1|legreg|legalent|doc", kw=("reyestrdən çıxarış; şirkət çıxarışı", "company extract; register extract", "выписка из реестра юрлиц"))
S("DVX", ("Xarici hüquqi şəxslərin filial və nümayəndəliklərinin dövlət qeydiyyatı", "State registration of branches and representative offices of foreign legal entities", "Государственная регистрация филиалов и представительств иностранных юридических лиц"),
  ("Xarici şirkət Azərbaycanda filial və ya nümayəndəlik açmaq üçün sənədləri təqdim edir.",
   "A foreign company submits the documents to open a branch or representative office in Azerbaijan.",
   "Иностранная компания подаёт документы для открытия филиала или представительства в Азербайджане."),
  "business|start|bf|d|ao|0|5|charter,founders,proxy|legalent|reg")
S("DVX", ("Vergi güzəştləri və azadolmalar barədə məlumat", "Information on tax benefits and exemptions", "Информация о налоговых льготах и освобождениях"),
  ("Hansı gəlirlərin vergidən azad olunduğu və güzəştlərdən kimlərin istifadə edə biləcəyi barədə izahlar.",
   "Explanations of which income is tax-exempt and who may use tax benefits.",
   "Разъяснения о том, какие доходы освобождены от налогов и кто может воспользоваться льготами."),
  "taxes|start run|cb|i|po|0|-|-|tax|info")
S("DVX", ("Vergi qanunvericiliyi üzrə izahatların verilməsi (195 Çağrı Mərkəzi)", "Clarifications of tax legislation (195 Call Centre)", "Разъяснения налогового законодательства (колл-центр 195)"),
  ("195 nömrəli çağrı mərkəzinə zəng edərək vergi məsələləri üzrə şifahi izahat alırsınız.",
   "Call the 195 call centre to get oral clarifications on tax matters.",
   "Позвонив в колл-центр 195, вы получаете устные разъяснения по налоговым вопросам."),
  "taxes|-|cb|i|o|0|-|-|tax|info", kw=("195; vergi məsləhəti", "tax helpline", "налоговая горячая линия"))
S("DVX", ("Vergi orqanlarının qərarlarından və hərəkətlərindən (hərəkətsizliyindən) şikayətlərə baxılması", "Review of complaints against decisions and actions (inaction) of tax authorities", "Рассмотрение жалоб на решения и действия (бездействие) налоговых органов"),
  ("Vergi orqanının qərarı ilə razılaşmadıqda inzibati şikayət verirsiniz; şikayətə 30 gün ərzində baxılır.",
   "If you disagree with a tax authority's decision, file an administrative complaint; it is reviewed within 30 days.",
   "Если вы не согласны с решением налогового органа, вы подаёте административную жалобу; она рассматривается в течение 30 дней."),
  "taxes|run|cb|d|o|0|30|voen,complaint|tax,appeals|dec")
S("DVX", ("Səyyar vergi yoxlaması aktına etirazın təqdim edilməsi", "Submission of objections to a field tax audit report", "Подача возражений на акт выездной налоговой проверки"),
  ("Vergi yoxlamasının nəticələri ilə razı olmadıqda etirazınızı və sübutlarınızı yazılı təqdim edirsiniz.",
   "If you disagree with the audit findings, submit your objections and evidence in writing.",
   "Если вы не согласны с результатами проверки, вы подаёте возражения и доказательства в письменном виде."),
  "taxes|run|b|d|o|0|15|voen,complaint|tax|dec")
S("DVX", ("Artıq ödənilmiş vergilərin qaytarılması və ya əvəzləşdirilməsi", "Refund or offset of overpaid taxes", "Возврат или зачёт излишне уплаченных налогов"),
  ("Artıq ödədiyiniz vergi məbləğinin bank hesabınıza qaytarılması və ya gələcək ödənişlərə aid edilməsi üçün müraciət edirsiniz.",
   "Apply to have overpaid tax returned to your bank account or credited against future payments.",
   "Вы подаёте заявку на возврат излишне уплаченного налога на банковский счёт или зачёт в счёт будущих платежей."),
  "taxes|run|cb|d|o|0|45|voen,bank|tax|dec")
S("DVX", ("Əcnəbi vətəndaşlara ƏDV-nin qaytarılması (Tax Free)", "VAT refund to foreign visitors (Tax Free)", "Возврат НДС иностранным гражданам (Tax Free)"),
  ("Əcnəbilər Azərbaycanda aldıqları mallar üzrə ödənilmiş ƏDV-ni ölkədən çıxarkən geri alır.",
   "Foreign visitors get back the VAT paid on goods bought in Azerbaijan when they leave the country.",
   "Иностранцы при выезде из страны получают обратно НДС, уплаченный за товары, купленные в Азербайджане."),
  "taxes|abroad|f|i|o|0|-|fpass,receipt|tax|pay", kw=("tax free", "tax free; VAT refund", "такс-фри; возврат НДС"))
S("DVX", ("Pərakəndə alışlar üzrə ƏDV-nin bir hissəsinin fiziki şəxslərə geri qaytarılması (ƏDV geri al)", "Partial VAT refund to individuals on retail purchases (ƏDV geri al)", "Частичный возврат НДС физическим лицам по розничным покупкам («ƏDV geri al»)"),
  ("Nağdsız ödənişlə etdiyiniz alışların çeklərini mobil tətbiqlə skan edir, ƏDV-nin bir hissəsini hesabınıza qaytarırsınız.",
   "Scan the receipts of your cashless purchases in the mobile app and get part of the VAT back to your account.",
   "Вы сканируете чеки безналичных покупок в мобильном приложении и возвращаете часть НДС на свой счёт."),
  "taxes|-|c|e|pm|0|-|receipt,bank|tax|pay", top=1, kw=("ƏDV geri al; ədv qaytarma; çek", "VAT cashback; VAT refund", "возврат НДС; кешбэк НДС"))
S("DVX", ("Vergi ödəyicisinin şəxsi hesab vərəqəsindən çıxarışın verilməsi", "Extract from the taxpayer's personal account", "Выписка из лицевого счёта налогоплательщика"),
  ("Hesablanmış vergilər, ödənişlər, borc və artıq ödəmələr üzrə çıxarışı onlayn alırsınız.",
   "Get online a statement of assessed taxes, payments, arrears and overpayments.",
   "Вы получаете онлайн выписку по начисленным налогам, платежам, задолженности и переплатам."),
  "taxes|run|cb|e|p|0|-|voen|tax|doc")
S("DVX", ("Vergi borcu və ödəniş müddətləri barədə proaktiv bildirişlərin göndərilməsi", "Proactive notifications on tax arrears and payment deadlines", "Проактивные уведомления о налоговой задолженности и сроках уплаты"),
  ("Vergi borcu yarandıqda və ya bəyannamə müddəti yaxınlaşdıqda SMS və şəxsi kabinet vasitəsilə avtomatik xəbərdarlıq alırsınız.",
   "Get automatic SMS and personal-cabinet alerts when a tax debt arises or a filing deadline approaches.",
   "Вы автоматически получаете SMS и уведомления в личном кабинете о возникшем долге или приближении срока подачи декларации."),
  "taxes|run|cb|x|pm|0|-|voen|tax|info")
S("DVX", ("Vergi rezidentliyi haqqında arayışın verilməsi", "Issuance of a tax residence certificate", "Выдача справки о налоговом резидентстве"),
  ("İkiqat vergitutmanın aradan qaldırılması üçün Azərbaycanın vergi rezidenti olduğunuzu təsdiq edən arayış alırsınız.",
   "Get a certificate that you are an Azerbaijani tax resident, to avoid double taxation.",
   "Вы получаете справку о налоговом резидентстве Азербайджана для избежания двойного налогообложения."),
  "taxes|run abroad|cbf|d|o|0|10|voen,app|tax|doc")
S("DVX", ("Elektron kassa çeklərinin yoxlanılması", "Verification of electronic cash-register receipts", "Проверка электронных кассовых чеков"),
  ("Aldığınız çekin fiskal kodunu daxil edərək və ya QR kodu skan edərək onun vergi orqanında qeydə alındığını yoxlayırsınız.",
   "Check that a receipt is recorded with the tax authority by entering its fiscal code or scanning its QR code.",
   "Вы проверяете, зарегистрирован ли чек в налоговом органе, введя фискальный код или отсканировав QR-код."),
  "taxes|-|c|e|pm|0|-|receipt|tax|info", kw=("çek yoxlamaq; fiskal kod", "check receipt", "проверить чек"))
S("DVX", ("Vergi ödəyicisinin ünvanının dəyişdirilməsi barədə məlumatın verilməsi", "Notification of a change of the taxpayer's address", "Уведомление об изменении адреса налогоплательщика"),
  ("Fəaliyyət və ya yaşayış ünvanınız dəyişdikdə bu barədə vergi orqanına məlumat verirsiniz.",
   "Notify the tax authority when your business or home address changes.",
   "Вы уведомляете налоговый орган об изменении адреса деятельности или места жительства."),
  "taxes|move run|cb|d|ao|0|3|voen,prop|tax|reg")
S("DVX", ("Sahibkarlıq fəaliyyətinin müvəqqəti dayandırılması barədə məlumatın verilməsi", "Notification of temporary suspension of business activity", "Уведомление о временной приостановке предпринимательской деятельности"),
  ("Fəaliyyətinizi müvəqqəti dayandırdıqda bu dövr üçün bəyannamə öhdəliyinin dəyişməsi barədə məlumat verirsiniz.",
   "Notify the tax authority when you suspend your business temporarily, changing your filing obligations for that period.",
   "Вы уведомляете налоговый орган о временной приостановке деятельности, что меняет обязанности по подаче деклараций на этот период."),
  "taxes|close|cb|d|ao|0|3|voen,app|tax|reg")
S("DVX", ("Daşınmaz əmlakın icarəyə verilməsindən gəlir əldə edən fiziki şəxslərin vergi uçotu", "Tax registration of individuals earning rental income from real estate", "Налоговый учёт физических лиц, получающих доход от сдачи недвижимости в аренду"),
  ("Mənzil və ya obyekt kirayəyə verən şəxs vergi uçotuna alınır və gəlir vergisini ödəyir.",
   "A person renting out a flat or premises registers with the tax authority and pays income tax on it.",
   "Лицо, сдающее квартиру или помещение в аренду, встаёт на налоговый учёт и платит подоходный налог."),
  "taxes|buy|c|d|ao|0|3|id,prop,contract|tax|reg", kw=("kirayə vergisi; icarə gəliri", "rental income tax; landlord tax", "налог на аренду; доход от аренды"))
S("DVX", ("Vergi kalkulyatorları (əmək haqqı, ƏDV, sadələşdirilmiş vergi)", "Tax calculators (salary, VAT, simplified tax)", "Налоговые калькуляторы (зарплата, НДС, упрощённый налог)"),
  ("Əmək haqqından tutulmaları, ƏDV-ni və sadələşdirilmiş vergini onlayn hesablayırsınız.",
   "Calculate salary deductions, VAT and simplified tax online.",
   "Вы онлайн рассчитываете удержания из зарплаты, НДС и упрощённый налог."),
  "taxes|start run|cb|i|p|0|-|-|tax|info", kw=("vergi hesabla; maaş kalkulyatoru", "salary calculator; net salary", "калькулятор зарплаты"))
S("DVX", ("Vergi borcunun hissə-hissə ödənilməsi barədə müraciət", "Application to pay tax arrears in instalments", "Заявление о рассрочке уплаты налоговой задолженности"),
  ("Vergi borcunu bir dəfəyə ödəyə bilmədikdə onun hissələrlə ödənilməsi üçün müraciət edirsiniz.",
   "If you cannot pay a tax debt at once, apply to pay it in instalments.",
   "Если вы не можете погасить налоговый долг сразу, вы подаёте заявление на рассрочку."),
  "taxes|run|cb|d|o|0|15|voen,fin|tax|dec")
S("DVX", ("Vergi ödəyicisinin obyektlərinin (mağaza, ofis, anbar) qeydiyyatı", "Registration of a taxpayer's premises (shop, office, warehouse)", "Регистрация объектов налогоплательщика (магазин, офис, склад)"),
  ("Fəaliyyət göstərdiyiniz hər bir obyekti vergi orqanında qeydiyyata aldırırsınız.",
   "Register with the tax authority each site where you do business.",
   "Вы регистрируете в налоговом органе каждый объект, где ведёте деятельность."),
  "taxes|start run|b|d|ao|0|3|voen,prop,contract|tax|reg")
S("DVX", ("Vergi orqanlarında qəbula elektron növbə", "Electronic queue booking at tax offices", "Электронная запись на приём в налоговые органы"),
  ("Vergi orqanında xidmət və ya məsləhət üçün gün və saat seçib onlayn növbə götürürsünüz.",
   "Choose a day and time and book an online queue number for a service or consultation at a tax office.",
   "Вы выбираете день и время и онлайн записываетесь в очередь на услугу или консультацию в налоговом органе."),
  "taxes|-|cb|e|pm|0|-|id|tax|reg")
S("DVX", ("Tikinti fəaliyyəti üzrə sadələşdirilmiş verginin ödənilməsi", "Payment of simplified tax on housing construction", "Уплата упрощённого налога на жилищное строительство"),
  ("Yaşayış binası tikən şəxslər tikinti sahəsinin hər kvadratmetri üzrə sadələşdirilmiş vergini bəyan edib ödəyir.",
   "Developers of residential buildings declare and pay the simplified tax per square metre of floor area.",
   "Застройщики жилых зданий декларируют и уплачивают упрощённый налог за каждый квадратный метр площади."),
  "taxes|run|b|d|o|amount|-|voen,project|tax|pay")
S("DVX", ("Avtomobil nəqliyyatı ilə sərnişin və yük daşımaları üzrə sadələşdirilmiş verginin ödənilməsi", "Payment of simplified tax on passenger and cargo road transport", "Уплата упрощённого налога на пассажирские и грузовые автоперевозки"),
  ("Taksi, avtobus və yük maşını sahibləri sabit məbləğdə sadələşdirilmiş vergini onlayn ödəyir.",
   "Owners of taxis, buses and lorries pay the fixed simplified tax online.",
   "Владельцы такси, автобусов и грузовиков онлайн уплачивают упрощённый налог в фиксированном размере."),
  "taxes|car run|cb|e|pm|amount|-|voen,techpass|tax|pay", kw=("taksi vergisi; yük daşıma vergisi", "taxi tax", "налог на такси"))
S("DVX", ("Xarici ölkələrin avtonəqliyyat vasitələri üçün yol vergisinin ödənilməsi", "Payment of road tax by foreign motor vehicles", "Уплата дорожного налога иностранными транспортными средствами"),
  ("Azərbaycan ərazisinə daxil olan xarici avtonəqliyyat vasitələri üçün yol vergisi sərhəd-keçid məntəqəsində ödənilir.",
   "Road tax for a foreign vehicle entering Azerbaijan is paid at the border crossing point.",
   "Дорожный налог за иностранное транспортное средство, въезжающее в Азербайджан, уплачивается на пограничном пункте пропуска."),
  "taxes|abroad car|fb|i|o|amount|-|techpass|tax|pay")
S("DVX", ("İxrac əməliyyatları üzrə ƏDV-nin qaytarılması", "Refund of VAT on export operations", "Возврат НДС по экспортным операциям"),
  ("İxracatçılar sıfır dərəcə ilə vergiyə cəlb olunan əməliyyatlar üzrə ödənilmiş ƏDV-nin qaytarılması üçün müraciət edir.",
   "Exporters apply for a refund of input VAT on zero-rated export operations.",
   "Экспортёры подают заявку на возврат входящего НДС по экспортным операциям, облагаемым по нулевой ставке."),
  "taxes|run|b|d|o|0|45|voen,invoice|tax,customs|dec")
S("DVX", ("VÖEN üzrə vergi ödəyicisinin axtarışı", "Taxpayer search by VÖEN", "Поиск налогоплательщика по VÖEN"),
  ("Tərəf müqabilinin VÖEN-i ilə onun adını, statusunu və ƏDV ödəyicisi olub-olmadığını yoxlayırsınız.",
   "Check a counterparty's name, status and VAT registration by its VÖEN.",
   "Вы проверяете по VÖEN наименование контрагента, его статус и регистрацию плательщиком НДС."),
  "taxes|run|cb|e|p|0|-|-|tax|info", kw=("VÖEN yoxlamaq; tərəf müqabili", "check TIN; counterparty check", "проверить VÖEN; проверка контрагента"))
S("DVX", ("Vergi qanunvericiliyinin tətbiqi ilə bağlı rəsmi yazılı izahatın verilməsi", "Issuance of an official written clarification on the application of tax legislation", "Выдача официального письменного разъяснения по применению налогового законодательства"),
  ("Konkret əməliyyatın vergitutması ilə bağlı vergi orqanından rəsmi yazılı izahat alırsınız.",
   "Obtain from the tax authority an official written clarification on how a specific transaction is taxed.",
   "Вы получаете от налогового органа официальное письменное разъяснение о налогообложении конкретной операции."),
  "taxes|run|cb|d|o|0|20|voen,app|tax|info")
S("DVX", ("Vergi orqanı ilə hesablaşmaların üzləşmə aktının tərtib edilməsi", "Reconciliation statement of settlements with the tax authority", "Акт сверки расчётов с налоговым органом"),
  ("Vergi ödənişləriniz və öhdəlikləriniz üzrə vergi orqanı ilə üzləşmə aktını elektron alırsınız.",
   "Get electronically a reconciliation statement of your tax payments and liabilities with the tax authority.",
   "Вы получаете в электронном виде акт сверки налоговых платежей и обязательств с налоговым органом."),
  "taxes|run|b|e|p|0|3|voen|tax|doc")
S("DVX", ("Xarici hüquqi şəxsin daimi nümayəndəliyinin vergi uçotuna alınması", "Tax registration of a foreign legal entity's permanent establishment", "Постановка на налоговый учёт постоянного представительства иностранного юридического лица"),
  ("Azərbaycanda daimi nümayəndəlik vasitəsilə fəaliyyət göstərən xarici şirkət vergi uçotuna alınır.",
   "A foreign company doing business in Azerbaijan through a permanent establishment registers for tax.",
   "Иностранная компания, работающая в Азербайджане через постоянное представительство, встаёт на налоговый учёт."),
  "taxes|start|bf|d|ao|0|5|charter,proxy,appp|tax|reg")
S("DVX", ("Aksiz markalarının verilməsi", "Issuance of excise stamps", "Выдача акцизных марок"),
  ("Aksiz markası ilə markalanmalı olan mallar (alkoqollu içkilər, tütün) üçün aksiz markalarını sifariş edirsiniz.",
   "Order excise stamps for goods that must carry them (alcoholic drinks, tobacco).",
   "Вы заказываете акцизные марки для товаров, подлежащих маркировке (алкогольные напитки, табак)."),
  "taxes|run|b|d|o|tariff|5|voen,app|tax|doc")
S("DVX", ("Vergi borcuna görə bank hesablarına qoyulmuş həbs barədə məlumat", "Information on the seizure of bank accounts for tax arrears", "Информация об аресте банковских счетов за налоговую задолженность"),
  ("Vergi borcuna görə bank hesablarınıza məhdudiyyət qoyulub-qoyulmadığını və onu necə aradan qaldırmağı öyrənirsiniz.",
   "Find out whether your bank accounts have been restricted for tax arrears and how to lift it.",
   "Вы узнаёте, не арестованы ли ваши банковские счета за налоговую задолженность и как снять ограничение."),
  "taxes|run|cb|i|o|0|-|voen|tax|info")
S("DVX", ("Fərdi sahibkarın fəaliyyətinə xitam verilməsi", "Termination of an individual entrepreneur's activity", "Прекращение деятельности индивидуального предпринимателя"),
  ("Sahibkarlıq fəaliyyətini dayandırdıqda son bəyannaməni verir və fəaliyyətinizə xitam verilməsini qeydiyyata aldırırsınız.",
   "When you stop trading, file the final return and register the end of your activity as an individual entrepreneur.",
   "При прекращении деятельности вы подаёте последнюю декларацию и регистрируете прекращение деятельности ИП."),
  "business|close|c|d|ao|0|5|voen,decl|tax|reg", kw=("FS bağlamaq; fəaliyyətə xitam", "close sole proprietorship", "закрыть ИП"))
S("DVX", ("ƏDV məqsədləri üçün qeydiyyatın ləğv edilməsi", "Cancellation of VAT registration", "Аннулирование регистрации в целях НДС"),
  ("Dövriyyəniz həddən aşağı düşdükdə ƏDV qeydiyyatının ləğvi üçün müraciət edirsiniz.",
   "Apply to cancel your VAT registration when your turnover falls below the threshold.",
   "Вы подаёте заявку на аннулирование регистрации плательщиком НДС, когда оборот опускается ниже порога."),
  "taxes|close|b|d|o|0|10|voen,app|tax|dec")
S("DVX", ("Təqdim edilmiş vergi bəyannaməsinin surətinin verilməsi", "Issuance of a copy of a filed tax return", "Выдача копии поданной налоговой декларации"),
  ("Bank və ya digər təşkilat üçün əvvəl təqdim etdiyiniz bəyannamənin təsdiqlənmiş surətini alırsınız.",
   "Get a certified copy of a return you filed earlier, for a bank or another organisation.",
   "Вы получаете заверенную копию ранее поданной декларации для банка или другой организации."),
  "taxes|run|cb|d|ao|0|1|voen|tax|doc")
S("DVX", ("Fərdi sahibkarın gəlirləri barədə arayışın verilməsi", "Certificate of an individual entrepreneur's income", "Справка о доходах индивидуального предпринимателя"),
  ("Kredit və ya viza üçün bəyan etdiyiniz sahibkarlıq gəlirlərini təsdiq edən elektron arayış alırsınız.",
   "Get an electronic certificate of your declared business income, for a loan or visa application.",
   "Вы получаете электронную справку о задекларированных доходах от предпринимательства для кредита или визы."),
  "taxes|run abroad|c|e|p|0|1|voen|tax|eref", kw=("gəlir arayışı", "income certificate", "справка о доходах"))
S("DVX", ("Vergi ödəyiciləri üçün maarifləndirici seminarlara qeydiyyat", "Registration for taxpayer education seminars", "Регистрация на обучающие семинары для налогоплательщиков"),
  ("Yeni sahibkarlar və mühasiblər üçün keçirilən pulsuz vergi seminarlarının təqvimi və qeydiyyat qaydası.",
   "Schedule of free tax seminars for new entrepreneurs and accountants, and how to sign up.",
   "Расписание бесплатных налоговых семинаров для начинающих предпринимателей и бухгалтеров и порядок записи."),
  "taxes|start|cb|i|o|0|-|id|tax|reg")
S("DVX", ("Dövlət qeydiyyatı haqqında şəhadətnamənin dublikatının verilməsi", "Issuance of a duplicate state registration certificate", "Выдача дубликата свидетельства о государственной регистрации"),
  ("İtirilmiş və ya yararsız hala düşmüş dövlət qeydiyyatı şəhadətnaməsinin dublikatını alırsınız.",
   "Obtain a duplicate of a lost or damaged state registration certificate.",
   "Вы получаете дубликат утерянного или испорченного свидетельства о государственной регистрации."),
  "business|run|b|d|ao|1000|2|legreg,appp|legalent,duty|doc")
S("DVX", ("Hüquqi şəxsin adının unikallığının yoxlanılması", "Check of the availability of a company name", "Проверка уникальности наименования юридического лица"),
  ("Şirkət qeydiyyatından əvvəl seçdiyiniz adın reyestrdə başqa hüquqi şəxsə məxsus olub-olmadığını yoxlayırsınız.",
   "Before registering a company, check that the chosen name is not already taken in the register.",
   "Перед регистрацией компании вы проверяете, не занято ли выбранное наименование в реестре."),
  "business|start|cbf|e|p|0|-|-|legalent|info", kw=("şirkət adı yoxlamaq", "company name check", "проверка названия компании"))
S("DVX", ("Vergi nümayəndəsinin təyin edilməsi (elektron etibarnamə)", "Appointment of a tax representative (electronic power of attorney)", "Назначение налогового представителя (электронная доверенность)"),
  ("Mühasib və ya digər şəxsə İnternet Vergi İdarəsində sizin adınızdan hərəkət etmək səlahiyyətini elektron verirsiniz.",
   "Authorise an accountant or another person electronically to act for you in the Internet Tax Office.",
   "Вы в электронном виде уполномочиваете бухгалтера или другое лицо действовать от вашего имени в Интернет-налоговой службе."),
  "taxes|run|cb|e|p|0|-|voen,id|tax,esign|reg", kw=("mühasib səlahiyyəti; etibarnamə", "accountant access; power of attorney", "доверенность бухгалтеру"))

# ============================================================================================
# DIN – Ministry of Internal Affairs
# ============================================================================================
S("DIN", ("Şəxsiyyət vəsiqəsinin verilməsi", "Issuing of an identity card", "Выдача удостоверения личности"),
  ("16 yaşı tamam olmuş vətəndaşlara, itirildikdə və ya müddəti bitdikdə isə yenidən şəxsiyyət vəsiqəsi verilir. Müraciəti onlayn başlayır, biometrik məlumatları ASAN xidmət mərkəzində verirsiniz.",
   "An identity card is issued to citizens from age 16 and again when it is lost or expires. Start the application online and give your biometric data at an ASAN service centre.",
   "Удостоверение личности выдаётся гражданам с 16 лет, а также при утере или истечении срока. Заявку начинаете онлайн, биометрические данные сдаёте в центре ASAN xidmət."),
  "identity_documents|-|c|o|pao|idcard|10|birth,id,bio,fee|nk_id,duty|doc", top=1,
  kw=("pasport; şəxsiyyət vəsiqəsi; vəsiqə; ID kart; udostoverenie", "passport; ID card; identity card; national ID", "паспорт; удостоверение; удостоверение личности; айди карта"))
S("DIN", ("Ümumvətəndaş pasportunun verilməsi", "Issuance of an ordinary (biometric) passport", "Выдача общегражданского (биометрического) паспорта"),
  ("Xaricə səfər üçün biometrik ümumvətəndaş pasportu alırsınız; müraciəti onlayn edib biometrik məlumatları mərkəzdə verirsiniz.",
   "Get a biometric passport for travel abroad: apply online and give your biometric data at a centre.",
   "Вы получаете биометрический общегражданский паспорт для поездок за рубеж: заявку подаёте онлайн, биометрические данные сдаёте в центре."),
  "identity_documents|abroad|c|o|pao|idcard|15|id,bio,fee|nk_id,duty|doc", top=1,
  kw=("xarici pasport; biometrik pasport; zaqran pasport", "passport; travel passport; international passport", "загранпаспорт; биометрический паспорт; заграничный паспорт"))
S("DIN", ("Yaşayış yeri üzrə qeydiyyata alınma", "Registration at the place of residence", "Регистрация по месту жительства"),
  ("Yeni ünvana köçdükdə yaşayış yeri üzrə qeydiyyatınızı onlayn dəyişirsiniz; mülkiyyət məlumatları reyestrdən yoxlanılır.",
   "When you move, change your registered address online; ownership is checked in the property register.",
   "При переезде вы онлайн меняете регистрацию по месту жительства; право собственности проверяется по реестру."),
  "identity_documents|move|c|o|pam|0|3|id,prop,owner|residence|reg", top=1,
  kw=("qeydiyyat; propiska; ünvan dəyişikliyi; yaşayış yeri", "change of address; residence registration; moving", "прописка; смена адреса; регистрация по месту жительства"))
S("DIN", ("Yaşayış yeri üzrə qeydiyyat haqqında arayış (e-arayış)", "Certificate of registration at the place of residence (e-reference)", "Справка о регистрации по месту жительства (электронная)"),
  ("Qeydiyyatda olduğunuz ünvanı təsdiq edən elektron arayışı dərhal alırsınız; arayış QR kodla yoxlanılır.",
   "Get at once an electronic certificate of your registered address; it can be verified by QR code.",
   "Вы сразу получаете электронную справку о регистрации по месту жительства; её можно проверить по QR-коду."),
  "identity_documents|move|c|e|pm|0|-|id,res|residence,nk_digital|eref", top=1,
  kw=("qeydiyyat arayışı; ünvan arayışı; e-arayış", "proof of address; residence certificate", "справка о прописке; справка с места жительства"))
S("DIN", ("Məhkumluğun olub-olmaması barədə arayışın verilməsi", "Criminal record certificate", "Справка о наличии (отсутствии) судимости"),
  ("Məhkumluğunuzun olub-olmaması barədə elektron arayış alırsınız; arayışı VÖEN üzrə birbaşa işəgötürənə göndərmək mümkündür.",
   "Get an electronic certificate of whether you have a criminal record; it can be sent straight to an employer identified by VÖEN.",
   "Вы получаете электронную справку о наличии или отсутствии судимости; её можно направить прямо работодателю по его VÖEN."),
  "justice|-|cf|e|pam|0|3|id|police,nk_digital|eref", top=1,
  kw=("məhkumluq arayışı; sabiqə arayışı", "criminal record certificate; police clearance; good conduct", "справка о несудимости; справка о судимости"))
S("DIN", ("Sürücülük vəsiqəsinin verilməsi (imtahan əsasında)", "Issuance of a driving licence (after examinations)", "Выдача водительского удостоверения (по результатам экзаменов)"),
  ("Sürücülük kursunu bitirdikdən sonra nəzəri və praktiki imtahanlara yazılır, uğurla keçdikdə sürücülük vəsiqəsi alırsınız.",
   "After driving school, book the theory and practical exams and receive your driving licence when you pass.",
   "После автошколы вы записываетесь на теоретический и практический экзамены и после их сдачи получаете водительское удостоверение."),
  "transport|car|c|o|pao|dl|5|id,med,photo,fee|traffic,duty|doc", top=1,
  kw=("sürücülük vəsiqəsi; prava; sürücülük imtahanı", "driving licence; driver's license; driving test", "водительские права; права; экзамен на права"))
S("DIN", ("Nəqliyyat vasitəsinin dövlət qeydiyyatına alınması", "State registration of a motor vehicle", "Государственная регистрация транспортного средства"),
  ("Yeni alınmış və ya idxal edilmiş avtomobili qeydiyyata aldırır, qeydiyyat şəhadətnaməsi və dövlət nömrə nişanı alırsınız.",
   "Register a newly bought or imported car and receive the registration certificate and number plates.",
   "Вы регистрируете купленный или ввезённый автомобиль и получаете свидетельство о регистрации и номерные знаки."),
  "transport|car|cb|o|pao|vehicle|1|id,origin,insur,fee|traffic,nk_vehicle|reg", top=1,
  kw=("maşın qeydiyyatı; avtomobil qeydiyyatı; nömrə nişanı", "car registration; vehicle registration; number plates", "регистрация авто; постановка на учёт; номера"))
S("DIN", ("Nəqliyyat vasitəsinin dövlət texniki baxışı", "State technical inspection of a motor vehicle", "Государственный технический осмотр транспортного средства"),
  ("Avtomobilinizi texniki baxış məntəqəsində yoxlatdırır və rüsumu ödəyirsiniz.",
   "Have your car inspected at a technical inspection station and pay the fee.",
   "Вы проходите технический осмотр автомобиля на станции техосмотра и оплачиваете сбор."),
  "transport|car|cb|i|o|vehicle|1|techpass,insur,dl|traffic,nk_vehicle|doc", top=1,
  kw=("texniki baxış; texbaxış", "MOT; vehicle inspection; roadworthiness test", "техосмотр; технический осмотр"))
S("DIN", ("Oğurluq və digər cinayətlər barədə polisə məlumat verilməsi", "Reporting a theft or other crime to the police", "Заявление в полицию о краже или другом преступлении"),
  ("Oğurluq və ya digər cinayət barədə polisə onlayn məlumat verir, qeydiyyat nömrəsi ilə araşdırmanın gedişini izləyirsiniz.",
   "Report a theft or other crime to the police online and follow the investigation with your registration number.",
   "Вы онлайн сообщаете в полицию о краже или другом преступлении и следите за ходом проверки по регистрационному номеру."),
  "justice|-|cf|o|pmo|0|3|id,crime|crimproc,police|dec", top=1,
  kw=("polisə ərizə; oğurluq; 102; polisə şikayət", "police report; theft report; report a crime", "заявление в полицию; кража; сообщить о преступлении"))
S("DIN", ("İtirilmiş sənədlər barədə polisə məlumat verilməsi", "Reporting lost documents to the police", "Заявление в полицию об утере документов"),
  ("Şəxsiyyət vəsiqəsi, pasport və ya sürücülük vəsiqəsi itdikdə bu barədə polisə ərizə ilə məlumat verir, təsdiq alırsınız.",
   "Report a lost identity card, passport or driving licence to the police in writing and receive a confirmation.",
   "Вы подаёте в полицию заявление об утере удостоверения личности, паспорта или водительских прав и получаете подтверждение."),
  "identity_documents|-|cf|d|o|0|1|id,crime|police|doc", kw=("itmiş vəsiqə; itirilmiş pasport", "lost ID; lost passport", "утеря паспорта; потеря документов"))
S("DIN", ("Odlu silah əldə etmək, saxlamaq və gəzdirmək üçün icazənin verilməsi", "Permit to acquire, keep and carry a firearm", "Выдача разрешения на приобретение, хранение и ношение огнестрельного оружия"),
  ("Ov və ya özünümüdafiə silahı əldə etmək üçün icazəyə müraciət edirsiniz; tibbi arayış və məhkumluq məlumatları yoxlanılır.",
   "Apply for a permit to acquire a hunting or self-defence weapon; medical and criminal-record data are checked.",
   "Вы подаёте заявку на разрешение на охотничье оружие или оружие самообороны; проверяются медицинские данные и сведения о судимости."),
  "justice|-|c|d|o|licence|15|id,med,photo,appp|police|dec")
S("DIN", ("Nəqliyyat vasitəsinin qeydiyyatdan çıxarılması", "Deregistration of a motor vehicle", "Снятие транспортного средства с регистрационного учёта"),
  ("Avtomobili satdıqda, ölkədən çıxardıqda və ya utilizasiya etdikdə qeydiyyatdan çıxarırsınız.",
   "Deregister a car when you sell it, take it abroad or scrap it.",
   "Вы снимаете автомобиль с учёта при продаже, вывозе за границу или утилизации."),
  "transport|car|cb|d|ao|0|1|id,techpass|traffic,nk_vehicle|reg")
S("DIN", ("Fərdi qeydiyyat nişanlarının (xüsusi nömrə) sifarişi", "Ordering personalised number plates", "Заказ персональных номерных знаков"),
  ("Boş olan nömrə kombinasiyalarından birini seçib rüsumu ödəyir və fərdi nömrə nişanı sifariş edirsiniz.",
   "Choose an available plate combination, pay the fee and order personalised number plates.",
   "Вы выбираете свободную комбинацию, оплачиваете сбор и заказываете персональные номерные знаки."),
  "transport|car|c|d|ao|plates|3|techpass,id|nk_vehicle|doc", kw=("xüsusi nömrə; VİP nömrə", "custom plates; vanity plates", "красивые номера; блатные номера"))
S("DIN", ("Şəxsiyyət vəsiqəsinin müddətinin bitməsi barədə proaktiv xatırlatma", "Proactive reminder of identity-card expiry", "Проактивное напоминание об истечении срока удостоверения личности"),
  ("Şəxsiyyət vəsiqəniz və ya pasportunuzun müddəti bitməzdən əvvəl SMS və mygov kabinetində avtomatik xəbərdarlıq alırsınız.",
   "Get an automatic SMS and myGov alert before your identity card or passport expires.",
   "Перед истечением срока удостоверения личности или паспорта вы автоматически получаете SMS и уведомление в myGov."),
  "identity_documents|-|c|x|pm|0|-|id|nk_id,nk_digital|info", kw=("vəsiqənin müddəti; pasport müddəti", "ID expiry; passport expiry", "срок паспорта"))
S("DIN", ("Sahə polis inspektorunun qəbuluna yazılma", "Appointment with the neighbourhood police inspector", "Запись на приём к участковому инспектору полиции"),
  ("Yaşadığınız ərazinin sahə polis inspektorunu, onun qəbul günlərini və telefonunu öyrənirsiniz.",
   "Find the neighbourhood police inspector for your area, their reception days and phone number.",
   "Вы узнаёте участкового инспектора полиции вашего района, дни приёма и телефон."),
  "justice|-|c|i|o|0|5|id,res|police,appeals|reg", kw=("sahə müvəkkili; uçastkovu", "community police officer", "участковый"))

# ============================================================================================
# EN – Ministry of Justice
# ============================================================================================
S("EN", ("Doğumun dövlət qeydiyyatı və doğum haqqında şəhadətnamənin verilməsi", "State registration of birth and issuance of a birth certificate", "Государственная регистрация рождения и выдача свидетельства о рождении"),
  ("Uşağın doğumu qeydiyyata alınır, ona FİN verilir və doğum haqqında şəhadətnamə təqdim edilir. Doğum evindən gələn məlumat əsasında qeydiyyat onlayn tamamlanır.",
   "The child's birth is registered, a FIN is assigned and a birth certificate is issued. Registration is completed online from the maternity hospital's notice.",
   "Рождение ребёнка регистрируется, ему присваивается ФИН и выдаётся свидетельство о рождении. Регистрация завершается онлайн на основании сведений роддома."),
  "family|birth|c|e|pao|0|1|ids2,marr,medrec|family|doc", top=1,
  kw=("doğum şəhadətnaməsi; metrika; uşağın qeydiyyatı", "birth certificate; register a birth", "свидетельство о рождении; метрика; регистрация ребёнка"))
S("EN", ("Nikahın dövlət qeydiyyatı", "State registration of marriage", "Государственная регистрация брака"),
  ("Nikaha daxil olmaq istəyən şəxslər birgə ərizə verir və tibbi müayinədən keçir; nikah bir aydan sonra təntənəli şəraitdə qeydiyyata alınır.",
   "The couple submit a joint application and have a medical check-up; the marriage is registered in a ceremony after one month.",
   "Вступающие в брак подают совместное заявление и проходят медицинское обследование; брак регистрируется в торжественной обстановке через месяц."),
  "family|family|c|o|pao|1000|30|ids2,medmarr|family,duty|reg", top=1,
  kw=("nikah; evlənmək; ZAQS; nikah qeydiyyatı", "marriage registration; getting married; wedding", "регистрация брака; ЗАГС; свадьба"))
S("EN", ("Nikahın pozulmasının dövlət qeydiyyatı", "State registration of divorce", "Государственная регистрация расторжения брака"),
  ("Qarşılıqlı razılıqla və ya məhkəmə qərarı əsasında nikahın pozulmasını qeydiyyata aldırır, şəhadətnamə alırsınız.",
   "Register a divorce by mutual consent or under a court decision and receive the certificate.",
   "Вы регистрируете расторжение брака по взаимному согласию или по решению суда и получаете свидетельство."),
  "family|-|c|d|ao|divorce|30|ids2,marr,poa_court|family,duty|reg", kw=("boşanma; nikahın pozulması", "divorce", "развод"))
S("EN", ("Ölümün dövlət qeydiyyatı", "State registration of death", "Государственная регистрация смерти"),
  ("Ölüm faktı qeydiyyata alınır və ölüm haqqında şəhadətnamə verilir; tibbi şəhadətnamə elektron daxil olur.",
   "The death is registered and a death certificate is issued; the medical certificate arrives electronically.",
   "Смерть регистрируется, и выдаётся свидетельство о смерти; медицинское свидетельство поступает в электронном виде."),
  "family|death|c|o|pao|0|1|id,medrec|family|doc", top=1, kw=("ölüm şəhadətnaməsi", "death certificate", "свидетельство о смерти"))
S("EN", ("Ad, ata adı və soyadın dəyişdirilməsinin dövlət qeydiyyatı", "State registration of a change of first name, patronymic or surname", "Государственная регистрация перемены имени, отчества и фамилии"),
  ("Adınızı, ata adınızı və ya soyadınızı dəyişmək üçün ərizə verirsiniz; qeydiyyatdan sonra sənədləriniz yenilənir.",
   "Apply to change your first name, patronymic or surname; your documents are updated after registration.",
   "Вы подаёте заявление о перемене имени, отчества или фамилии; после регистрации документы обновляются."),
  "family|family|c|d|ao|duty|30|id,birth,appp|family,duty|reg")
S("EN", ("Atalığın müəyyən edilməsinin dövlət qeydiyyatı", "State registration of establishment of paternity", "Государственная регистрация установления отцовства"),
  ("Nikahda olmayan valideynlərin birgə ərizəsi və ya məhkəmə qərarı əsasında atalıq qeydiyyata alınır.",
   "Paternity is registered on a joint application of unmarried parents or under a court decision.",
   "Отцовство регистрируется по совместному заявлению родителей, не состоящих в браке, или по решению суда."),
  "family|birth|c|d|ao|0|5|ids2,birth,appp|family|reg")
S("EN", ("Övladlığa götürmənin dövlət qeydiyyatı", "State registration of adoption", "Государственная регистрация усыновления"),
  ("Məhkəmənin övladlığa götürmə barədə qərarı əsasında qeydiyyat aparılır və yeni doğum şəhadətnaməsi verilir.",
   "Adoption is registered under the court's adoption decision and a new birth certificate is issued.",
   "Усыновление регистрируется на основании решения суда, и выдаётся новое свидетельство о рождении."),
  "family|family birth|c|i|o|0|5|id,poa_court|family|reg")
S("EN", ("Ailə üzvləri barədə arayış (e-arayış)", "Certificate of family members (e-reference)", "Справка о членах семьи (электронная)"),
  ("Vətəndaşlıq vəziyyəti aktları əsasında ailə üzvlərinizi göstərən elektron arayışı dərhal alırsınız.",
   "Get at once an electronic certificate listing your family members, based on civil-status records.",
   "Вы сразу получаете электронную справку о членах семьи на основании актов гражданского состояния."),
  "family|family|c|e|pm|0|-|id,marr,birth|family,nk_digital|eref", top=1,
  kw=("ailə tərkibi arayışı; ailə arayışı", "family composition certificate", "справка о составе семьи"))
S("EN", ("Uşağın doğulması ilə bağlı xidmətlər paketi (proaktiv)", "Birth-of-child service package (proactive)", "Пакет услуг при рождении ребёнка (проактивный)"),
  ("Doğum evi doğumu qeydə aldıqdan sonra doğum şəhadətnaməsi, FİN, valideynin ünvanında qeydiyyat və birdəfəlik müavinət ayrıca müraciət olmadan rəsmiləşdirilir.",
   "Once the maternity hospital records the birth, the birth certificate, FIN, registration at the parents' address and the lump-sum allowance are arranged without separate applications.",
   "После регистрации рождения роддомом свидетельство о рождении, ФИН, регистрация по адресу родителей и единовременное пособие оформляются без отдельных заявлений."),
  "family|birth|c|x|pm|0|3|ids2,marr,medrec|family,nk_digital|doc", top=1,
  kw=("uşaq doğuldu; yeni doğulmuş; doğum paketi", "new baby; newborn; birth package", "рождение ребёнка; новорождённый"))
S("EN", ("Elektron notariat hərəkətləri (etibarnamələrin elektron təsdiqi)", "Electronic notarial acts (e-certification of powers of attorney)", "Электронные нотариальные действия (электронное оформление доверенностей)"),
  ("Etibarnamə və bəzi notariat sənədlərini notariusa gəlmədən, elektron imza ilə onlayn təsdiq etdirirsiniz.",
   "Have powers of attorney and some notarial documents certified online with an electronic signature, without visiting a notary.",
   "Вы онлайн удостоверяете доверенности и некоторые нотариальные документы электронной подписью, не посещая нотариуса."),
  "justice|car buy|cb|e|pm|notary|1|id,app|civil,esign|doc", kw=("etibarnamə; e-notariat; vəkalətnamə", "power of attorney; e-notary", "доверенность; электронный нотариат"))
S("EN", ("Notarius tərəfindən vərəsəlik hüququ haqqında şəhadətnamənin verilməsi", "Issuance of a certificate of inheritance by a notary", "Выдача нотариусом свидетельства о праве на наследство"),
  ("Vərəsələr mirasın açılmasından sonra notariusa müraciət edir və vərəsəlik hüququ haqqında şəhadətnamə alır.",
   "Heirs apply to a notary after the estate opens and receive a certificate of inheritance.",
   "После открытия наследства наследники обращаются к нотариусу и получают свидетельство о праве на наследство."),
  "justice|death|c|i|o|notary|30|id,death,prop|civil|doc", kw=("vərəsəlik; miras", "inheritance; probate", "наследство"))
S("EN", ("Qeyri-hökumət təşkilatının (ictimai birlik, fond) dövlət qeydiyyatı", "State registration of a non-governmental organisation (public association, foundation)", "Государственная регистрация неправительственной организации (общественного объединения, фонда)"),
  ("İctimai birlik və ya fondu qeydiyyata aldırmaq üçün nizamnamə və təsis sənədlərini təqdim edirsiniz.",
   "Submit the charter and founding documents to register a public association or foundation.",
   "Вы подаёте устав и учредительные документы для регистрации общественного объединения или фонда."),
  "justice|start|cb|d|ao|duty|30|id,charter,founders|ngo,legalent|reg", kw=("QHT qeydiyyatı; ictimai birlik", "NGO registration", "регистрация НПО"))
S("EN", ("İcra icraatının gedişi barədə məlumat", "Information on the progress of enforcement proceedings", "Информация о ходе исполнительного производства"),
  ("Tərəfi olduğunuz icra icraatının vəziyyətini, icra məmurunu və görülmüş tədbirləri onlayn görürsünüz.",
   "See online the status of enforcement proceedings you are party to, the bailiff and the measures taken.",
   "Вы онлайн видите статус исполнительного производства, в котором участвуете, судебного исполнителя и принятые меры."),
  "justice|-|cb|e|p|0|-|id|civil|info", kw=("icra məmuru; alimenti", "bailiff; enforcement", "судебный исполнитель; исполнительное производство"))
S("EN", ("Ədliyyə orqanlarına elektron müraciət", "Electronic appeal to the justice bodies", "Электронное обращение в органы юстиции"),
  ("Ədliyyə orqanlarına təklif, ərizə və ya şikayəti onlayn göndərirsiniz; cavab 15 iş günü ərzində verilir.",
   "Send a proposal, application or complaint to the justice bodies online; the answer is given within 15 working days.",
   "Вы онлайн направляете в органы юстиции предложение, заявление или жалобу; ответ даётся в течение 15 рабочих дней."),
  "justice|-|cbf|e|pm|0|15|id,complaint|appeals|info")
S("EN", ("Rəsmi sənədlərə apostil qoyulması", "Apostille on official documents", "Проставление апостиля на официальных документах"),
  ("Xaricdə istifadə ediləcək şəhadətnamə, məhkəmə və notariat sənədlərinə apostil qoydurursunuz.",
   "Have an apostille placed on certificates, court and notarial documents to be used abroad.",
   "Вы проставляете апостиль на свидетельства, судебные и нотариальные документы для использования за рубежом."),
  "justice|abroad|cbf|d|ao|duty|5|id,appp|duty|doc", kw=("apostil; leqallaşdırma", "apostille; legalisation", "апостиль; легализация"))
S("EN", ("Cəzaçəkmə müəssisəsində olan şəxslə görüşə yazılış", "Booking a visit to a person in a penitentiary institution", "Запись на свидание с лицом, находящимся в пенитенциарном учреждении"),
  ("Yaxın qohumunuzla görüşün qaydaları, görüş günləri və yazılış qaydası.",
   "Rules, visiting days and how to book a visit to a close relative.",
   "Правила, дни свиданий и порядок записи на свидание с близким родственником."),
  "justice|-|c|i|o|0|5|id,family|appeals|reg")
S("EN", ("Vətəndaşlıq vəziyyəti aktı qeydlərinə düzəliş və dəyişiklik edilməsi", "Correction and amendment of civil-status records", "Внесение исправлений и изменений в актовые записи гражданского состояния"),
  ("Doğum, nikah və digər akt qeydlərindəki səhvlərin düzəldilməsi üçün ərizə verirsiniz.",
   "Apply to correct errors in birth, marriage and other civil-status records.",
   "Вы подаёте заявление об исправлении ошибок в записях о рождении, браке и других актах."),
  "family|-|c|d|ao|duty|30|id,appp|family|dec")
S("EN", ("Notariuslar və notariat hərəkətlərinin haqları barədə məlumat", "Information on notaries and notarial fees", "Информация о нотариусах и нотариальных тарифах"),
  ("Yaxınlıqdakı notariusları, iş saatlarını və notariat hərəkətlərinin haqlarını öyrənirsiniz.",
   "Find notaries near you, their opening hours and the fees for notarial acts.",
   "Вы узнаёте о нотариусах поблизости, их часах работы и тарифах на нотариальные действия."),
  "justice|-|cbf|i|p|0|-|-|civil|info")

# ============================================================================================
# RINN – Ministry of Digital Development and Transport
# ============================================================================================
S("RINN", ("Mobil cihazların IMEI kodlarının qeydiyyatı", "Registration of mobile device IMEI codes", "Регистрация IMEI-кодов мобильных устройств"),
  ("Xaricdən gətirilən mobil telefonun IMEI kodunu qeydiyyata aldırırsınız; qeydiyyatsız cihaz Azərbaycan şəbəkələrində işləmir.",
   "Register the IMEI code of a phone brought from abroad; unregistered devices do not work on Azerbaijani networks.",
   "Вы регистрируете IMEI-код телефона, ввезённого из-за рубежа; незарегистрированные устройства не работают в сетях Азербайджана."),
  "digital_services|abroad|cf|e|pm|tariff|1|id,fpass|telecom|reg", top=1, url="https://imei.az",
  kw=("imei qeydiyyatı; telefon qeydiyyatı; MCQS", "IMEI registration; phone registration", "регистрация IMEI; регистрация телефона"))
S("RINN", ("Stasionar telefonun çəkilməsi üçün müraciət", "Application for installation of a landline telephone", "Заявка на установку стационарного телефона"),
  ("Evinizə və ya ofisinizə stasionar telefon xəttinin çəkilməsi üçün onlayn müraciət edirsiniz.",
   "Apply online for a landline to be installed at your home or office.",
   "Вы подаёте онлайн-заявку на установку стационарной телефонной линии дома или в офисе."),
  "digital_services|move|cb|o|pa|connect|10|id,prop|telecom|reg", top=1, kw=("ev telefonu; stasionar xətt", "landline; home phone", "домашний телефон"))
S("RINN", ("Genişzolaqlı (optik) internetə qoşulma üçün müraciət", "Application for broadband (fibre) internet connection", "Заявка на подключение к широкополосному (оптическому) интернету"),
  ("Ünvanınızda optik internetin mövcudluğunu yoxlayır və qoşulma üçün onlayn müraciət edirsiniz.",
   "Check whether fibre internet is available at your address and apply online to be connected.",
   "Вы проверяете доступность оптического интернета по вашему адресу и подаёте онлайн-заявку на подключение."),
  "digital_services|move|cb|o|p|connect|10|id,prop|telecom|reg", top=1, kw=("internet qoşulma; fiber; optik internet", "internet connection; fibre broadband", "подключить интернет; оптоволокно"))
S("RINN", ("Telefon, internet və televiziya xidmətləri üzrə borcun yoxlanılması və ödənilməsi", "Checking and paying telephone, internet and TV bills", "Проверка и оплата задолженности за телефон, интернет и ТВ"),
  ("Abonent kodu ilə rabitə xidmətləri üzrə borcunuzu yoxlayır və onlayn ödəyirsiniz.",
   "Check your telecom bills by customer code and pay them online.",
   "Вы проверяете задолженность за услуги связи по абонентскому коду и оплачиваете её онлайн."),
  "utilities|-|cb|e|pm|amount|-|abon|telecom|pay", top=1, kw=("telefon borcu; internet ödənişi", "phone bill; internet bill", "оплата телефона; оплата интернета"))
S("RINN", ("Mobil nömrənin daşınması (nömrəni saxlamaqla operatorun dəyişdirilməsi)", "Mobile number portability (changing operator while keeping the number)", "Перенос мобильного номера (смена оператора с сохранением номера)"),
  ("Nömrənizi dəyişmədən başqa mobil operatora keçmək üçün müraciət edirsiniz.",
   "Apply to switch to another mobile operator without changing your number.",
   "Вы подаёте заявку на переход к другому мобильному оператору без смены номера."),
  "digital_services|-|c|i|o|0|3|id|telecom|reg", kw=("nömrə daşıma; operator dəyişmək", "number portability; switch operator", "перенос номера; сменить оператора"))
S("RINN", (".az domen adının qeydiyyatı", "Registration of a .az domain name", "Регистрация доменного имени .az"),
  ("Veb-saytınız üçün .az, .com.az və digər milli zonalarda domen adını qeydiyyata alırsınız.",
   "Register a domain name in .az, .com.az and other national zones for your website.",
   "Вы регистрируете доменное имя в зонах .az, .com.az и других национальных зонах для своего сайта."),
  "digital_services|start|cbf|o|p|domain|3|id,app|telecom|reg", kw=("domen; sayt; .az", "domain name; website", "домен; сайт"))
S("RINN", ("Radiotezliklərdən istifadəyə icazənin verilməsi", "Permit to use radio frequencies", "Выдача разрешения на использование радиочастот"),
  ("Radio rabitəsi və yayım üçün radiotezlik zolağından istifadəyə icazə almaq üçün müraciət edirsiniz.",
   "Apply for a permit to use a radio-frequency band for radio communications or broadcasting.",
   "Вы подаёте заявку на разрешение на использование полосы радиочастот для радиосвязи или вещания."),
  "digital_services|run|b|d|o|licence|30|legreg,techdocs|telecom|dec")
S("RINN", ("Radioelektron vasitələrin idxalına icazənin verilməsi", "Permit to import radio-electronic equipment", "Выдача разрешения на ввоз радиоэлектронных средств"),
  ("Rabitə avadanlığı və radioelektron vasitələrin idxalı üçün icazəyə müraciət edirsiniz.",
   "Apply for a permit to import telecommunication and radio-electronic equipment.",
   "Вы подаёте заявку на разрешение на ввоз телекоммуникационного и радиоэлектронного оборудования."),
  "digital_services|run|b|d|o|0|10|legreg,invoice,techdocs|telecom,customs|dec")
S("RINN", ("Telekommunikasiya fəaliyyətinə dair lisenziyanın verilməsi", "Issuance of a licence for telecommunications activity", "Выдача лицензии на телекоммуникационную деятельность"),
  ("Telekommunikasiya xidmətləri göstərmək üçün lisenziyaya elektron lisenziya portalı vasitəsilə müraciət edirsiniz.",
   "Apply through the e-licensing portal for a licence to provide telecommunication services.",
   "Вы подаёте заявку на лицензию на оказание телекоммуникационных услуг через портал электронного лицензирования."),
  "digital_services|start|b|e|p|licence|10|legreg,licdocs|telecom,nk_licence|dec", url="https://www.lisenziya.gov.az")
S("RINN", ("Poçt göndərişlərinin izlənilməsi", "Tracking of postal items", "Отслеживание почтовых отправлений"),
  ("Bağlama və məktubun izləmə nömrəsi ilə onun harada olduğunu görürsünüz.",
   "See where a parcel or letter is by its tracking number.",
   "Вы видите, где находится посылка или письмо, по трек-номеру."),
  "digital_services|-|cbf|e|pm|0|-|-|nk_post|info", url="https://www.azerpost.az", top=1,
  kw=("bağlama izləmə; poçt; trek nömrə", "parcel tracking; track parcel", "отследить посылку; трек-номер"))
S("RINN", ("Xaricdən daxil olan bağlamaların evə çatdırılması üçün müraciət", "Request for home delivery of incoming international parcels", "Заявка на доставку международных посылок на дом"),
  ("Xaricdən gələn bağlamanın poçt şöbəsindən deyil, ünvanınıza çatdırılmasını sifariş edirsiniz.",
   "Order delivery of an incoming international parcel to your address instead of collecting it at the post office.",
   "Вы заказываете доставку международной посылки на ваш адрес вместо получения в почтовом отделении."),
  "digital_services|-|c|i|o|tariff|5|id,res|nk_post|reg", url="https://www.azerpost.az")
S("RINN", ("Pensiya və müavinətlərin poçt vasitəsilə evə çatdırılması", "Home delivery of pensions and allowances by post", "Доставка пенсий и пособий на дом по почте"),
  ("Hərəkət imkanı məhdud pensiyaçılar pensiya və müavinətlərin poçtalyon vasitəsilə evə çatdırılmasını seçə bilər.",
   "Pensioners with limited mobility can have their pension and allowances delivered home by a postman.",
   "Пенсионеры с ограниченной подвижностью могут получать пенсию и пособия на дому через почтальона."),
  "social_protection|retire disab|c|i|ao|0|-|id,pension|nk_post|info")
S("RINN", ("Qəzet və jurnallara poçt abunəsi", "Postal subscription to newspapers and magazines", "Подписка на газеты и журналы через почту"),
  ("Qəzet və jurnallara poçt şöbələrində abunə olursunuz; nəşrlər ünvanınıza çatdırılır.",
   "Subscribe to newspapers and magazines at post offices; they are delivered to your address.",
   "Вы оформляете подписку на газеты и журналы в почтовых отделениях; издания доставляются по вашему адресу."),
  "culture|-|cb|i|o|tariff|-|res|nk_post|pay", url="https://www.azerpost.az")
S("RINN", ("Gücləndirilmiş elektron imza sertifikatının verilməsi", "Issuance of an advanced electronic signature certificate", "Выдача сертификата усиленной электронной подписи"),
  ("Elektron sənədləri imzalamaq üçün gücləndirilmiş elektron imza sertifikatı və kart (token) alırsınız.",
   "Obtain an advanced electronic signature certificate and card (token) to sign electronic documents.",
   "Вы получаете сертификат усиленной электронной подписи и карту (токен) для подписания электронных документов."),
  "digital_services|start run|cb|d|ao|tariff|3|id,voen|esign|doc", top=1,
  kw=("elektron imza; e-imza; token", "e-signature; digital signature", "электронная подпись; ЭЦП"))
S("RINN", ("Elektron imza sertifikatının fəaliyyətinin dayandırılması və ya ləğvi", "Suspension or revocation of an electronic signature certificate", "Приостановление или отзыв сертификата электронной подписи"),
  ("İmza kartı itdikdə və ya səlahiyyət dəyişdikdə sertifikatın dərhal dayandırılması üçün müraciət edirsiniz.",
   "If the signature card is lost or an authority changes, apply to suspend the certificate at once.",
   "При утере карты подписи или изменении полномочий вы подаёте заявку на немедленное приостановление сертификата."),
  "digital_services|-|cb|d|ao|0|1|id|esign|dec")
S("RINN", ("Taksi minik avtomobili ilə sərnişindaşıma fəaliyyəti üçün lisenziyanın verilməsi", "Licence to operate taxi passenger transport", "Выдача лицензии на перевозку пассажиров легковым такси"),
  ("Taksi sürücüsü və ya taksi şirkəti kimi fəaliyyət üçün lisenziyaya onlayn müraciət edirsiniz; avtomobil tələblərə uyğunluğa yoxlanılır.",
   "Apply online for a licence to work as a taxi driver or taxi company; the car is checked against the requirements.",
   "Вы подаёте онлайн-заявку на лицензию таксиста или таксомоторной компании; автомобиль проверяется на соответствие требованиям."),
  "transport|start car|cb|e|pa|licence|10|id,dl,techpass,voen|nk_transport|dec", top=1,
  kw=("taksi lisenziyası; taksi icazəsi", "taxi licence; ride-hailing licence", "лицензия такси"))
S("RINN", ("Beynəlxalq avtomobil daşımaları üçün icazə blanklarının verilməsi", "Issuance of international road transport permit forms", "Выдача бланков разрешений на международные автоперевозки"),
  ("Xarici ölkələrə yük və sərnişin daşıyan daşıyıcılar ikitərəfli icazə blanklarını sifariş edir.",
   "Carriers transporting goods or passengers abroad order bilateral permit forms.",
   "Перевозчики, выполняющие международные перевозки грузов и пассажиров, заказывают бланки двусторонних разрешений."),
  "transport|run abroad|b|d|o|permit|5|voen,techpass|nk_transport|doc")
S("RINN", ("Avtobus marşrut xətlərinə daşıyıcıların seçilməsi üzrə müsabiqədə iştirak", "Participation in tenders to select carriers for bus routes", "Участие в конкурсе по выбору перевозчиков на автобусных маршрутах"),
  ("Daşıyıcılar şəhər və şəhərlərarası avtobus marşrutlarına xidmət üçün müsabiqəyə sənəd təqdim edir.",
   "Carriers submit documents to the competition for operating urban and intercity bus routes.",
   "Перевозчики подают документы на конкурс на обслуживание городских и междугородних автобусных маршрутов."),
  "transport|run|b|d|o|0|30|voen,techpass,licdocs|nk_transport|dec")
S("RINN", ("Ağırçəkili və iriqabaritli yüklərin daşınmasına xüsusi icazənin verilməsi", "Special permit for heavy or oversized cargo transport", "Специальное разрешение на перевозку тяжеловесных и крупногабаритных грузов"),
  ("Ağırlığı və ya ölçüləri normadan artıq olan yükün daşınması üçün marşrut üzrə xüsusi icazə alırsınız.",
   "Obtain a special route permit to transport cargo exceeding the standard weight or dimensions.",
   "Вы получаете специальное разрешение на маршрут для перевозки груза, превышающего нормы по весу или габаритам."),
  "transport|run car|b|d|o|permit|3|voen,techpass,plan|nk_transport|doc")
S("RINN", ("Dəmir yolu biletlərinin onlayn alınması", "Online purchase of railway tickets", "Онлайн-покупка железнодорожных билетов"),
  ("Ölkədaxili və beynəlxalq qatarlara biletləri onlayn alırsınız.",
   "Buy tickets for domestic and international trains online.",
   "Вы онлайн покупаете билеты на внутренние и международные поезда."),
  "transport|abroad|cf|e|pm|ticket|-|id|nk_transport|pay", url="https://ticket.ady.az", top=1,
  kw=("qatar bileti; ADY bilet", "train tickets; railway tickets", "билеты на поезд; ж/д билеты"))
S("RINN", ("BakıKart nəqliyyat kartının balansının onlayn artırılması", "Online top-up of the BakıKart transport card", "Онлайн-пополнение транспортной карты BakıKart"),
  ("Metro və avtobuslar üçün BakıKart kartınızın balansını onlayn artırırsınız.",
   "Top up your BakıKart card for the metro and buses online.",
   "Вы онлайн пополняете баланс карты BakıKart для метро и автобусов."),
  "transport|-|cf|e|pm|amount|-|-|nk_transport|pay", kw=("bakıkart; metro kartı", "metro card; transport card", "карта метро; бакыкарт"))
S("RINN", ("Dövlət informasiya sistemlərinin və ehtiyatlarının dövlət reyestrində qeydiyyatı", "Registration of state information systems and resources in the state register", "Регистрация государственных информационных систем и ресурсов в государственном реестре"),
  ("Dövlət orqanları yaratdıqları informasiya sistemlərini dövlət reyestrində qeydiyyata aldırır.",
   "State bodies register the information systems they create in the state register.",
   "Государственные органы регистрируют созданные ими информационные системы в государственном реестре."),
  "digital_services|-|b|d|o|0|15|techdocs,appp|info|reg")
S("RINN", ("Poçt markalarının onlayn satışı", "Online sale of postage stamps", "Онлайн-продажа почтовых марок"),
  ("Kolleksiya üçün poçt markalarını və filatelik məhsulları onlayn alırsınız.",
   "Buy postage stamps and philatelic products for collections online.",
   "Вы онлайн покупаете почтовые марки и филателистическую продукцию для коллекций."),
  "culture|-|cf|e|p|tariff|-|-|nk_post|pay", url="https://www.azerpost.az")
S("RINN", ("Telefon nömrəsinin dəyişdirilməsi və ya başqa ünvana köçürülməsi", "Change or transfer of a landline number to another address", "Смена или перенос стационарного номера на другой адрес"),
  ("Köçdükdə stasionar telefon nömrənizin yeni ünvana köçürülməsi və ya dəyişdirilməsi üçün müraciət edirsiniz.",
   "When you move, apply to transfer your landline number to the new address or to change it.",
   "При переезде вы подаёте заявку на перенос стационарного номера на новый адрес или его смену."),
  "digital_services|move|cb|d|o|tariff|10|id,prop,abon|telecom|reg")
S("RINN", ("Rabitə xidmətlərinin keyfiyyətinə dair şikayətlərə baxılması", "Review of complaints about the quality of communication services", "Рассмотрение жалоб на качество услуг связи"),
  ("Operatorla həll olunmayan internet, telefon və ya poçt xidməti problemi barədə nazirliyə şikayət edirsiniz.",
   "Complain to the ministry about an internet, phone or postal problem the operator did not resolve.",
   "Вы жалуетесь в министерство на проблему с интернетом, телефоном или почтой, которую не решил оператор."),
  "digital_services|-|cb|d|o|0|15|id,complaint|appeals,telecom|dec")
S("RINN", ("İnformasiya təhlükəsizliyi insidentləri barədə məlumat verilməsi", "Reporting information-security incidents", "Сообщение об инцидентах информационной безопасности"),
  ("Fişinq, kiberhücum və ya hesabın oğurlanması barədə kibertəhlükəsizlik mərkəzinə məlumat verirsiniz.",
   "Report phishing, a cyber-attack or a stolen account to the cyber-security centre.",
   "Вы сообщаете в центр кибербезопасности о фишинге, кибератаке или краже учётной записи."),
  "digital_services|-|cb|e|pm|0|3|complaint|info|info", kw=("fişinq; kiberhücum; CERT", "phishing; cyber attack; CERT", "фишинг; кибератака"))
S("RINN", ("Pilotsuz uçuş aparatlarının (dronların) qeydiyyatı", "Registration of unmanned aerial vehicles (drones)", "Регистрация беспилотных летательных аппаратов (дронов)"),
  ("Dronunuzu qeydiyyata aldırır və uçuşlar üçün icazə qaydaları ilə tanış olursunuz.",
   "Register your drone and read the rules for flight permissions.",
   "Вы регистрируете дрон и знакомитесь с порядком получения разрешений на полёты."),
  "transport|-|cb|d|o|0|10|id,techdocs|nk_aviation|reg", kw=("dron; kvadrokopter", "drone; UAV", "дрон; квадрокоптер"))
S("RINN", ("Aviasiya heyəti üzvlərinə şəhadətnamənin verilməsi", "Issuance of licences to aviation personnel", "Выдача свидетельств авиационному персоналу"),
  ("Pilotlar və digər aviasiya mütəxəssisləri peşə şəhadətnaməsinin verilməsi və ya təsdiqi üçün müraciət edir.",
   "Pilots and other aviation specialists apply for the issue or validation of their professional licence.",
   "Пилоты и другие авиационные специалисты подают заявку на выдачу или подтверждение профессионального свидетельства."),
  "transport|-|cf|d|o|duty|15|id,diploma,med|nk_aviation|doc")
S("RINN", ("Hava gəmisinin dövlət reyestrində qeydiyyatı", "Registration of an aircraft in the state register", "Регистрация воздушного судна в государственном реестре"),
  ("Hava gəmisinin Azərbaycanın mülki hava gəmiləri reyestrinə daxil edilməsi üçün müraciət edirsiniz.",
   "Apply to enter an aircraft in Azerbaijan's civil aircraft register.",
   "Вы подаёте заявку на внесение воздушного судна в реестр гражданских воздушных судов Азербайджана."),
  "transport|run|b|d|o|duty|15|legreg,techdocs,contract|nk_aviation|reg")
S("RINN", ("Avtomobil yük daşıyıcılarının reyestrində qeydiyyat", "Registration in the register of road freight carriers", "Регистрация в реестре автомобильных грузоперевозчиков"),
  ("Kommersiya məqsədilə yük daşıyan şəxslər daşıyıcılar reyestrində qeydiyyatdan keçir.",
   "Those carrying freight commercially register in the carriers' register.",
   "Лица, осуществляющие коммерческие грузоперевозки, регистрируются в реестре перевозчиков."),
  "transport|start car|cb|d|o|0|5|voen,techpass|nk_transport|reg")
S("RINN", ("Tələbələr üçün güzəştli nəqliyyat kartının verilməsi", "Issuance of concessionary transport cards for students", "Выдача льготной транспортной карты для студентов"),
  ("Tələbələr ictimai nəqliyyatda güzəştli gediş üçün şəxsi nəqliyyat kartına müraciət edir; tələbə statusu avtomatik yoxlanılır.",
   "Students apply for a personal transport card for reduced fares; student status is checked automatically.",
   "Студенты подают заявку на именную транспортную карту для льготного проезда; статус студента проверяется автоматически."),
  "transport|study|c|d|o|0|10|id,student,photo|nk_transport|doc")
S("RINN", ("Rəqəmsal bacarıqlar üzrə təlim proqramlarına qeydiyyat", "Registration for digital skills training programmes", "Регистрация на программы обучения цифровым навыкам"),
  ("Pulsuz İT və rəqəmsal bacarıqlar kursları və onlara qeydiyyat qaydası barədə məlumat.",
   "Information on free IT and digital skills courses and how to sign up.",
   "Информация о бесплатных курсах по ИТ и цифровым навыкам и порядке записи."),
  "digital_services|study jobless|c|i|o|0|10|id|nk_digital|reg")
S("RINN", ("İnnovativ startap layihələri üçün qrant müsabiqəsinə müraciət", "Application to the innovation startup grant competition", "Заявка на конкурс грантов для инновационных стартапов"),
  ("Startaplar innovativ layihə üçün qrant almaq məqsədilə layihə təklifini təqdim edir.",
   "Startups submit a project proposal to win a grant for an innovative project.",
   "Стартапы подают проектное предложение на получение гранта для инновационного проекта."),
  "business|start|cb|d|o|0|30|id,grant|nk_startup|dec")
S("RINN", ("Startap şəhadətnaməsinin verilməsi", "Issuance of a startup certificate", "Выдача свидетельства стартапа"),
  ("İnnovativ fəaliyyət göstərən mikro və kiçik sahibkarlar vergi güzəştləri verən startap şəhadətnaməsinə müraciət edir.",
   "Innovative micro and small businesses apply for a startup certificate that gives tax benefits.",
   "Инновационные микро- и малые предприятия подают заявку на свидетельство стартапа, дающее налоговые льготы."),
  "business|start|b|d|o|0|15|voen,grant|nk_startup,tax|doc", kw=("startap; vergi güzəşti", "startup certificate", "стартап"))
S("RINN", ("Poçt indeksinin müəyyən edilməsi", "Postal code lookup", "Определение почтового индекса"),
  ("Ünvana görə poçt indeksini və ona xidmət edən poçt şöbəsini tapırsınız.",
   "Find the postal code for an address and the post office that serves it.",
   "Вы находите почтовый индекс по адресу и обслуживающее его почтовое отделение."),
  "digital_services|move|cbf|i|p|0|-|-|nk_post|info", kw=("poçt indeksi; indeks", "postcode; zip code", "почтовый индекс"))
S("RINN", ("Telekommunikasiya qurğularının (antena dayaqlarının) yerləşdirilməsinin razılaşdırılması", "Approval for placement of telecommunication structures (antenna masts)", "Согласование размещения телекоммуникационных сооружений (антенных опор)"),
  ("Operatorlar baza stansiyası və antena dayağının quraşdırılması üçün razılıq almaq məqsədilə sənəd təqdim edir.",
   "Operators submit documents to obtain approval for installing a base station or antenna mast.",
   "Операторы подают документы для согласования установки базовой станции или антенной опоры."),
  "digital_services|run|b|d|o|0|20|legreg,project,plan|telecom,urban|dec")
S("RINN", ("Şəhərlərarası avtobus reyslərinin hərəkət cədvəli barədə məlumat", "Information on intercity bus timetables", "Информация о расписании междугородних автобусов"),
  ("Şəhərlərarası və rayonlararası avtobus reyslərinin cədvəlini və avtovağzalları görürsünüz.",
   "See the timetables of intercity and inter-district buses and the bus stations.",
   "Вы видите расписание междугородних и межрайонных автобусов и автовокзалы."),
  "transport|abroad|cf|i|p|0|-|-|nk_transport|info")

# ============================================================================================
# EMDX – State Service for Property Issues
# ============================================================================================
S("EMDX", ("Daşınmaz əmlak üzərində mülkiyyət hüququnun dövlət qeydiyyatı", "State registration of ownership rights to real estate", "Государственная регистрация права собственности на недвижимость"),
  ("Alqı-satqı, bağışlama və ya digər əqd əsasında mənzil, ev və torpaq üzərində mülkiyyət hüququnuzu qeydiyyata aldırırsınız.",
   "Register your ownership of a flat, house or land acquired by sale, gift or another transaction.",
   "Вы регистрируете право собственности на квартиру, дом или землю, приобретённые по купле-продаже, дарению или другой сделке."),
  "property|buy|cb|o|pao|property|10|id,contract,prop|realestate,civil|reg", top=1,
  kw=("kupça; çıxarış; mülkiyyət qeydiyyatı; mənzil qeydiyyatı", "property registration; title deed; land registry", "купча; регистрация собственности; регистрация квартиры"))
S("EMDX", ("Daşınmaz əmlakın dövlət reyestrindən çıxarışın verilməsi", "Issuance of an extract from the state real-estate register", "Выдача выписки из государственного реестра недвижимости"),
  ("Mülkiyyətinizdə olan əmlak üzrə hüquqları, yüklülükləri və texniki göstəriciləri əks etdirən çıxarışı alırsınız.",
   "Obtain an extract showing the rights, encumbrances and technical data of property you own.",
   "Вы получаете выписку с правами, обременениями и техническими характеристиками принадлежащего вам имущества."),
  "property|buy|cb|e|pa|property|5|id,prop|realestate|doc", top=1,
  kw=("kupça; reyestrdən çıxarış", "title extract; property register extract", "выписка из реестра недвижимости; купча"))
S("EMDX", ("Daşınmaz əmlakın ipotekasının dövlət qeydiyyatı", "State registration of a real-estate mortgage", "Государственная регистрация ипотеки недвижимости"),
  ("Bank krediti ilə alınan və ya girov qoyulan əmlak üzrə ipoteka qeydiyyata alınır; bank məlumatları elektron ötürür.",
   "A mortgage on property bought with a bank loan or pledged is registered; the bank sends the data electronically.",
   "Регистрируется ипотека на имущество, купленное в кредит или заложенное; банк передаёт данные в электронном виде."),
  "property|buy|cb|o|pa|property|3|id,prop,contract|realestate,civil|reg", kw=("ipoteka; girov", "mortgage", "ипотека; залог"))
S("EMDX", ("İpotekaya xitam verilməsinin qeydiyyatı", "Registration of the discharge of a mortgage", "Регистрация прекращения ипотеки"),
  ("Kredit ödənildikdən sonra əmlak üzərindəki ipoteka yüklülüyü reyestrdən çıxarılır.",
   "After the loan is repaid, the mortgage encumbrance is removed from the register.",
   "После погашения кредита обременение ипотекой снимается в реестре."),
  "property|buy|c|d|ao|0|3|id,prop|realestate|reg")
S("EMDX", ("Daşınmaz əmlak üzərində yüklülüklərin (həbs, qadağa) olub-olmaması barədə məlumat", "Information on encumbrances (arrest, prohibition) on real estate", "Информация о наличии обременений (арест, запрет) на недвижимость"),
  ("Əmlakı almazdan əvvəl onun üzərində həbs, qadağa və ya ipoteka olub-olmadığını yoxlayırsınız.",
   "Before buying, check whether the property is under arrest, a prohibition or a mortgage.",
   "Перед покупкой вы проверяете, нет ли на имуществе ареста, запрета или ипотеки."),
  "property|buy|cb|e|p|0|1|id|realestate|info", top=1, kw=("həbs yoxlamaq; qadağa", "encumbrance check", "проверка обременений; арест"))
S("EMDX", ("Mənzilin texniki pasportunun hazırlanması", "Preparation of the technical passport of a flat", "Изготовление технического паспорта квартиры"),
  ("Mənzil və ya fərdi ev üçün ölçmə aparılır və texniki pasport hazırlanır.",
   "The flat or house is measured and a technical passport is prepared.",
   "Проводятся обмеры квартиры или дома и изготавливается технический паспорт."),
  "property|buy|c|d|ao|tariff|10|id,prop|realestate|doc", kw=("texniki pasport; texpasport", "technical passport; floor plan", "техпаспорт квартиры"))
S("EMDX", ("Torpaq sahəsinin plan və ölçüsünün hazırlanması (kadastr ölçmə)", "Preparation of a land plot plan and measurement (cadastral survey)", "Подготовка плана и обмера земельного участка (кадастровая съёмка)"),
  ("Torpaq sahənizin sərhədləri ölçülür və kadastr planı hazırlanır.",
   "Your land plot's boundaries are surveyed and a cadastral plan is prepared.",
   "Проводится обмер границ вашего участка и готовится кадастровый план."),
  "property|buy|cb|d|ao|tariff|15|id,land|landcode,realestate|doc")
S("EMDX", ("Ünvan reyestrində daşınmaz əmlaka ünvan verilməsi", "Assignment of an address to a property in the address register", "Присвоение адреса объекту недвижимости в адресном реестре"),
  ("Yeni tikilmiş bina və ya torpaq sahəsi üçün rəsmi ünvan verilməsinə müraciət edirsiniz.",
   "Apply for an official address for a newly built building or a land plot.",
   "Вы подаёте заявку на присвоение официального адреса новому зданию или земельному участку."),
  "property|buy move|cb|d|ao|0|10|id,prop,plan|realestate|reg")
S("EMDX", ("Ünvan reyestrindən ünvan barədə arayışın verilməsi", "Certificate of address from the address register", "Справка об адресе из адресного реестра"),
  ("Əmlakın rəsmi ünvanını təsdiq edən elektron arayışı alırsınız.",
   "Get an electronic certificate confirming a property's official address.",
   "Вы получаете электронную справку, подтверждающую официальный адрес объекта."),
  "property|move|cb|e|p|0|1|prop|realestate,nk_digital|eref")
S("EMDX", ("Dövlət əmlakının icarəyə verilməsi üçün müraciət", "Application to lease state property", "Заявление об аренде государственного имущества"),
  ("Dövlətə məxsus qeyri-yaşayış sahəsini icarəyə götürmək üçün müraciət edirsiniz.",
   "Apply to lease state-owned non-residential premises.",
   "Вы подаёте заявление об аренде государственного нежилого помещения."),
  "property|start run|b|d|o|tariff|30|legreg,app|nk_property|dec")
S("EMDX", ("Dövlət torpaqlarının elektron hərrac vasitəsilə icarəyə verilməsi", "Lease of state land through electronic auction", "Аренда государственных земель через электронный аукцион"),
  ("Dövlət torpaqlarının icarəsi üzrə elektron hərraclara onlayn qeydiyyatdan keçib təklif verirsiniz.",
   "Register online and bid in electronic auctions for the lease of state land.",
   "Вы онлайн регистрируетесь и делаете ставки на электронных аукционах по аренде государственной земли."),
  "property|start|cb|e|p|tariff|30|id,bank|landcode,nk_property|dec")
S("EMDX", ("Özəlləşdirilən dövlət əmlakı barədə məlumat (satış elanları)", "Information on state property offered for privatisation (sale notices)", "Информация о приватизируемом государственном имуществе (объявления о продаже)"),
  ("Satışa çıxarılan dövlət obyektləri, onların ilkin qiyməti və hərrac tarixləri ilə tanış olursunuz.",
   "See the state assets offered for sale, their starting prices and auction dates.",
   "Вы знакомитесь с выставленными на продажу государственными объектами, их начальной ценой и датами аукционов."),
  "property|buy start|cbf|i|p|0|-|-|nk_property|info")
S("EMDX", ("Dövlət mənzil fondunda olan mənzillərin özəlləşdirilməsi", "Privatisation of flats in the state housing stock", "Приватизация квартир государственного жилищного фонда"),
  ("Dövlət mənzilində yaşayan şəxslər mənzili mülkiyyətə almaq üçün ərizə verir.",
   "People living in a state-owned flat apply to take it into ownership.",
   "Лица, проживающие в государственной квартире, подают заявление о её передаче в собственность."),
  "housing|buy|c|d|ao|0|30|id,family,res,appp|housing,realestate|reg")
S("EMDX", ("Daşınmaz əmlakın inventar dəyəri barədə arayış", "Certificate of the inventory value of real estate", "Справка об инвентаризационной стоимости недвижимости"),
  ("Notariat, vərəsəlik və ya vergi məqsədləri üçün əmlakın inventar dəyərini göstərən elektron arayış alırsınız.",
   "Get an electronic certificate of a property's inventory value for notarial, inheritance or tax purposes.",
   "Вы получаете электронную справку об инвентаризационной стоимости объекта для нотариальных, наследственных или налоговых целей."),
  "property|death buy|c|e|p|0|3|id,prop|realestate|eref")
S("EMDX", ("Tikintisi başa çatmış fərdi yaşayış evinin dövlət qeydiyyatı", "State registration of a completed individual house", "Государственная регистрация завершённого индивидуального жилого дома"),
  ("Öz torpağınızda tikdiyiniz fərdi evi qeydiyyata aldırır və çıxarış alırsınız.",
   "Register the house you built on your own land and receive the register extract.",
   "Вы регистрируете индивидуальный дом, построенный на собственной земле, и получаете выписку."),
  "property|buy|c|d|ao|property|20|id,land,plan|realestate,urban|reg")
S("EMDX", ("Daşınmaz əmlakın bölünməsinin və ya birləşdirilməsinin qeydiyyatı", "Registration of the division or merger of real estate", "Регистрация раздела или объединения недвижимости"),
  ("Torpaq sahəsini və ya binanı hissələrə bölmək, yaxud bir neçə obyekti birləşdirmək üçün qeydiyyata müraciət edirsiniz.",
   "Apply to register the division of a plot or building into parts, or the merger of several properties.",
   "Вы подаёте заявку на регистрацию раздела участка или здания на части либо объединения нескольких объектов."),
  "property|-|cb|d|ao|property|15|id,prop,plan|realestate|reg")
S("EMDX", ("Vərəsəlik üzrə daşınmaz əmlaka hüququn qeydiyyatı", "Registration of inherited real-estate rights", "Регистрация прав на недвижимость по наследству"),
  ("Vərəsəlik şəhadətnaməsi əsasında miras qalmış əmlakı adınıza qeydiyyata aldırırsınız.",
   "Register inherited property in your name on the basis of the certificate of inheritance.",
   "Вы регистрируете унаследованное имущество на своё имя на основании свидетельства о праве на наследство."),
  "property|death|c|d|ao|property|10|id,death,prop|realestate,civil|reg")
S("EMDX", ("Reyestrdən çıxarışın dublikatının verilməsi", "Issuance of a duplicate register extract", "Выдача дубликата выписки из реестра"),
  ("İtirilmiş və ya yararsız hala düşmüş çıxarışın dublikatını alırsınız.",
   "Obtain a duplicate of a lost or damaged register extract.",
   "Вы получаете дубликат утерянной или испорченной выписки из реестра."),
  "property|-|cb|d|ao|1000|5|id,prop|realestate,duty|doc")
S("EMDX", ("Daşınmaz əmlakın icarə müqaviləsinin dövlət qeydiyyatı", "State registration of a real-estate lease agreement", "Государственная регистрация договора аренды недвижимости"),
  ("Bir ildən artıq müddətə bağlanmış icarə müqaviləsini reyestrdə qeydiyyata aldırırsınız.",
   "Register a lease agreement concluded for more than one year.",
   "Вы регистрируете договор аренды, заключённый на срок более одного года."),
  "property|run|cb|d|ao|property|5|id,prop,contract|realestate,civil|reg")
S("EMDX", ("Torpaq sahəsinin təyinatının dəyişdirilməsi üçün müraciət", "Application to change the designated use of a land plot", "Заявление об изменении целевого назначения земельного участка"),
  ("Kənd təsərrüfatı və ya digər təyinatlı torpağın təyinatının dəyişdirilməsi üçün müraciət edirsiniz.",
   "Apply to change the designated use of agricultural or other land.",
   "Вы подаёте заявление об изменении целевого назначения сельскохозяйственной или иной земли."),
  "property|buy|cb|d|ao|0|30|id,land,plan,appp|landcode|dec")
S("EMDX", ("Torpaqların normativ qiyməti barədə məlumat", "Information on the normative price of land", "Информация о нормативной цене земли"),
  ("Ərazi və təyinat üzrə torpaqların normativ qiymətini öyrənirsiniz.",
   "Find the normative price of land by area and designated use.",
   "Вы узнаёте нормативную цену земли по территории и назначению."),
  "property|buy|cb|i|p|0|-|-|landcode|info")
S("EMDX", ("Pay torpaqlarına hüququn qeydiyyatı", "Registration of rights to agricultural land shares", "Регистрация прав на земельные паи"),
  ("Torpaq islahatı zamanı ayrılmış kənd təsərrüfatı pay torpağını adınıza qeydiyyata aldırırsınız.",
   "Register in your name the agricultural land share allocated during the land reform.",
   "Вы регистрируете на своё имя земельный пай, выделенный в ходе земельной реформы."),
  "agriculture|buy|c|d|ao|0|15|id,land,appp|landcode,realestate|reg")
S("EMDX", ("Kadastr xəritəsində daşınmaz əmlakın axtarışı (Geoportal)", "Search on the cadastral map (Geoportal)", "Поиск по кадастровой карте (геопортал)"),
  ("Xəritədə torpaq sahələrinin sərhədlərini, kadastr nömrəsini və təyinatını görürsünüz.",
   "See plot boundaries, cadastral numbers and designated use on the map.",
   "Вы видите на карте границы участков, кадастровые номера и назначение земель."),
  "property|buy|cbf|e|p|0|-|-|realestate|info", kw=("kadastr xəritəsi; geoportal", "cadastral map", "кадастровая карта"))
S("EMDX", ("Yaşayış sahəsinin qeyri-yaşayış sahəsinə keçirilməsinin qeydiyyatı", "Registration of the conversion of residential premises into non-residential", "Регистрация перевода жилого помещения в нежилое"),
  ("Birinci mərtəbədəki mənzili ofis və ya mağazaya çevirmək üçün icazə və qeydiyyata müraciət edirsiniz.",
   "Apply for permission and registration to turn a ground-floor flat into an office or shop.",
   "Вы подаёте заявку на разрешение и регистрацию перевода квартиры на первом этаже в офис или магазин."),
  "property|start|cb|d|ao|property|20|id,prop,project|housing,realestate|reg")
S("EMDX", ("Reyestr məlumatlarında texniki səhvin düzəldilməsi", "Correction of a technical error in register data", "Исправление технической ошибки в данных реестра"),
  ("Çıxarışda ad, sahə və ya ünvan səhvi aşkar etdikdə onun düzəldilməsi üçün müraciət edirsiniz.",
   "If you find an error in the name, area or address on your extract, apply to have it corrected.",
   "Обнаружив ошибку в имени, площади или адресе в выписке, вы подаёте заявку на её исправление."),
  "property|-|cb|d|ao|0|5|id,prop|realestate|dec")
S("EMDX", ("Daşınmaz əmlak xidmətləri üçün onlayn növbə", "Online queue booking for real-estate services", "Онлайн-очередь на услуги по недвижимости"),
  ("Əmlak xidmətləri mərkəzində qəbul üçün gün və saat seçirsiniz.",
   "Choose a day and time for a visit to a property services centre.",
   "Вы выбираете день и время посещения центра услуг по недвижимости."),
  "property|buy|cb|e|pm|0|-|id|realestate|reg")
S("EMDX", ("Dövlət qeydiyyatından imtinadan şikayət", "Appeal against refusal of state registration", "Обжалование отказа в государственной регистрации"),
  ("Əmlakın qeydiyyatından imtina ilə razılaşmadıqda inzibati şikayət verirsiniz.",
   "If you disagree with a refusal to register property, file an administrative complaint.",
   "Если вы не согласны с отказом в регистрации недвижимости, вы подаёте административную жалобу."),
  "property|buy|cb|d|o|0|30|id,complaint|realestate,appeals|dec")
S("EMDX", ("Sahibsiz daşınmaz əmlakın uçota alınması", "Registration of ownerless real estate", "Постановка на учёт бесхозяйной недвижимости"),
  ("Sahibi məlum olmayan bina və ya torpaq sahəsi barədə məlumat verir, onun uçota alınmasına müraciət edirsiniz.",
   "Report a building or plot with no known owner and apply to have it registered as ownerless.",
   "Вы сообщаете о здании или участке без известного владельца и подаёте заявку на постановку его на учёт."),
  "property|-|cb|d|ao|0|30|plan,appp|civil,realestate|reg")
S("EMDX", ("Mənzil-tikinti kooperativi üzvlərinin mülkiyyət hüququnun qeydiyyatı", "Registration of ownership for members of housing cooperatives", "Регистрация права собственности членов жилищно-строительных кооперативов"),
  ("Pay haqqını tam ödəmiş kooperativ üzvü mənzilini mülkiyyət kimi qeydiyyata aldırır.",
   "A cooperative member who has paid the full share registers the flat as property.",
   "Член кооператива, полностью выплативший пай, регистрирует квартиру в собственность."),
  "housing|buy|c|d|ao|property|20|id,contract,appp|housing,realestate|reg")
S("EMDX", ("Tikintisi davam edən binada mənzilin ilkin qeydiyyatı", "Preliminary registration of a flat in a building under construction", "Предварительная регистрация квартиры в строящемся здании"),
  ("Tikinti şirkəti ilə bağlanmış müqavilə üzrə aldığınız mənzili tikinti başa çatmazdan əvvəl reyestrdə qeyd etdirirsiniz.",
   "Record in the register a flat you bought under a developer contract before construction is completed.",
   "Вы вносите в реестр квартиру, купленную по договору с застройщиком, до завершения строительства."),
  "housing|buy|c|d|ao|property|10|id,contract|realestate,urban|reg", kw=("yeni tikili; tikinti şirkəti", "off-plan flat; new build", "новостройка; долевое строительство"))
S("EMDX", ("Dövlət əmlakının birbaşa satış yolu ilə alınması üçün müraciət", "Application to buy state property by direct sale", "Заявление на приобретение государственного имущества путём прямой продажи"),
  ("Qanunla nəzərdə tutulmuş hallarda icarəyə götürdüyünüz dövlət əmlakını birbaşa almaq üçün müraciət edirsiniz.",
   "Where the law allows, apply to buy directly the state property you lease.",
   "В предусмотренных законом случаях вы подаёте заявление на прямую покупку арендуемого государственного имущества."),
  "property|buy run|cb|d|o|tariff|30|legreg,contract,appp|nk_property|dec")
S("EMDX", ("Daşınmaz əmlak əqdlərinin statistikası barədə məlumat", "Information on real-estate transaction statistics", "Информация о статистике сделок с недвижимостью"),
  ("Rayonlar üzrə alqı-satqı və ipoteka əqdlərinin sayı və orta qiymətləri ilə tanış olursunuz.",
   "See the number of sales and mortgage transactions and average prices by district.",
   "Вы знакомитесь с количеством сделок купли-продажи и ипотеки и средними ценами по районам."),
  "property|buy|cbf|i|p|0|-|-|realestate,info|info")

# ============================================================================================
# SN – Ministry of Health
# ============================================================================================
S("SN", ("Həkim qəbuluna elektron növbə (e-növbə)", "Electronic booking of a doctor's appointment (e-növbə)", "Электронная запись на приём к врачу (e-növbə)"),
  ("Dövlət tibb müəssisəsində həkim qəbulu üçün gün və saatı onlayn seçirsiniz.",
   "Choose online a day and time for a doctor's appointment at a public clinic.",
   "Вы онлайн выбираете день и время приёма у врача в государственном медицинском учреждении."),
  "health|health|cf|e|pm|0|-|id|health,medins|reg", top=1,
  kw=("həkim növbəsi; qəbula yazılmaq; e-növbə; poliklinika", "doctor appointment; book a doctor; GP appointment", "запись к врачу; поликлиника; электронная очередь"))
S("SN", ("Elektron reseptin yazılması və yoxlanılması", "Issuing and checking electronic prescriptions", "Выписка и проверка электронных рецептов"),
  ("Həkim resepti elektron yazır, aptek onu FİN üzrə görür; siz reseptlərinizi şəxsi kabinetdə izləyirsiniz.",
   "The doctor writes the prescription electronically and the pharmacy sees it by FIN; you follow your prescriptions in your personal cabinet.",
   "Врач выписывает рецепт в электронном виде, аптека видит его по ФИН; вы следите за рецептами в личном кабинете."),
  "health|health|c|e|pm|0|-|id|health|doc", top=1, kw=("resept; e-resept; dərman", "prescription; e-prescription", "рецепт; электронный рецепт"))
S("SN", ("Tibbi arayışın (forma 086/u) verilməsi", "Issuance of a medical certificate (form 086/u)", "Выдача медицинской справки (форма 086/у)"),
  ("Təhsil və ya işə qəbul üçün tələb olunan 086 nömrəli tibbi arayışı müayinədən sonra alırsınız.",
   "Obtain the form 086 medical certificate needed for study or employment after a check-up.",
   "Вы получаете медицинскую справку формы 086, необходимую для учёбы или работы, после осмотра."),
  "health|study health|c|i|o|services|3|id|health,nk_health|doc", top=1, kw=("086 arayışı; tibbi arayış; sağlamlıq arayışı", "medical certificate; health certificate", "справка 086; медицинская справка"))
S("SN", ("Sürücülər üçün tibbi arayışın verilməsi", "Issuance of a medical certificate for drivers", "Выдача медицинской справки для водителей"),
  ("Sürücülük vəsiqəsi almaq və ya dəyişmək üçün tibbi müayinədən keçir, arayış elektron olaraq yol polisinə ötürülür.",
   "Have the medical check needed to get or renew a driving licence; the certificate is sent electronically to the traffic police.",
   "Вы проходите медосмотр для получения или замены водительских прав; справка в электронном виде передаётся в дорожную полицию."),
  "health|car|c|i|o|services|3|id|health,traffic|doc", top=1, kw=("sürücü arayışı; prava üçün arayış", "driver medical certificate", "медсправка для водителей"))
S("SN", ("Əmək qabiliyyətinin müvəqqəti itirilməsi haqqında elektron vərəqə", "Electronic certificate of temporary incapacity for work (sick leave)", "Электронный листок временной нетрудоспособности"),
  ("Həkim xəstəlik vərəqəsini elektron açır; məlumat işəgötürənə və sosial sığorta sisteminə avtomatik ötürülür.",
   "The doctor opens the sick-leave certificate electronically; it goes automatically to the employer and the social-insurance system.",
   "Врач открывает больничный лист в электронном виде; сведения автоматически поступают работодателю и в систему соцстраха."),
  "health|health|c|e|pm|0|-|id,labour|health,socins|doc", top=1, kw=("bülleten; xəstəlik vərəqəsi", "sick note; sick leave", "больничный; бюллетень"))
S("SN", ("Peyvənd (vaksinasiya) haqqında arayış", "Vaccination certificate", "Справка о вакцинации"),
  ("Aldığınız peyvəndləri təsdiq edən QR kodlu elektron arayış alırsınız.",
   "Get an electronic certificate with a QR code of the vaccinations you have received.",
   "Вы получаете электронную справку с QR-кодом о полученных прививках."),
  "health|health abroad|cf|e|pm|0|-|id|health,nk_digital|eref", top=1, kw=("peyvənd arayışı; vaksin sertifikatı", "vaccination certificate", "сертификат о вакцинации"))
S("SN", ("Uşaqların peyvənd təqvimi barədə məlumat", "Information on the children's immunisation schedule", "Информация о календаре прививок для детей"),
  ("Uşağın hansı yaşda hansı peyvəndləri pulsuz alacağını öyrənirsiniz.",
   "Find out which free vaccinations your child gets at which age.",
   "Вы узнаёте, какие бесплатные прививки ребёнок получает в каком возрасте."),
  "health|birth health|c|i|p|0|-|-|health|info")
S("SN", ("Elektron sağlamlıq kartında tibbi sənədlərə baxış", "Access to medical records in the electronic health card", "Доступ к медицинским документам в электронной медицинской карте"),
  ("Epikriz, analiz nəticələri və göndərişlərinizi elektron sağlamlıq kartında görürsünüz.",
   "See your discharge summaries, test results and referrals in your electronic health card.",
   "Вы видите свои эпикризы, результаты анализов и направления в электронной медицинской карте."),
  "health|health|c|e|pm|0|-|id,medrec|health,pdata|info", kw=("analiz cavabı; epikriz", "test results; medical records", "результаты анализов; медкарта"))
S("SN", ("Xaricdə müalicə üçün dövlət hesabına göndərişə müraciət", "Application for state-funded treatment abroad", "Заявление о направлении на лечение за рубежом за счёт государства"),
  ("Ölkədə müalicəsi mümkün olmayan xəstəliklər üçün dövlət hesabına xaricə göndərilməyə müraciət edirsiniz.",
   "Apply to be sent abroad at state expense for a condition that cannot be treated in the country.",
   "Вы подаёте заявление о направлении за рубеж за счёт государства для лечения заболевания, которое нельзя лечить в стране."),
  "health|health disab|c|d|ao|0|30|id,medrec,appp|health|dec")
S("SN", ("Dərman vasitələrinin dövlət qeydiyyatı", "State registration of medicines", "Государственная регистрация лекарственных средств"),
  ("İstehsalçı və ya onun nümayəndəsi dərman vasitəsinin qeydiyyatı üçün ekspertizaya sənəd təqdim edir.",
   "The manufacturer or its representative submits a medicine's dossier for expert review and registration.",
   "Производитель или его представитель подаёт досье лекарственного средства на экспертизу и регистрацию."),
  "health|run|bf|d|o|tariff|60|legreg,techdocs,lab|health|reg")
S("SN", ("Tibb işçilərinin attestasiyası üçün müraciət", "Application for certification of medical workers", "Заявление на аттестацию медицинских работников"),
  ("Həkim və tibb bacıları ixtisas dərəcəsinin verilməsi və ya təsdiqi üçün attestasiyaya yazılır.",
   "Doctors and nurses sign up for certification to obtain or confirm a qualification category.",
   "Врачи и медсёстры записываются на аттестацию для присвоения или подтверждения квалификационной категории."),
  "health|-|c|d|o|0|30|id,medlic,appp|health|dec")
S("SN", ("Sanitariya-epidemioloji rəyin verilməsi", "Issuance of a sanitary-epidemiological opinion", "Выдача санитарно-эпидемиологического заключения"),
  ("Obyektin və ya məhsulun sanitariya-gigiyena tələblərinə uyğunluğu barədə rəy alırsınız.",
   "Obtain an opinion that premises or a product meet sanitary and hygiene requirements.",
   "Вы получаете заключение о соответствии объекта или продукции санитарно-гигиеническим требованиям."),
  "health|start run|b|d|o|tariff|15|legreg,project,lab|health|dec")
S("SN", ("Qan donoru kimi qeydiyyat", "Registration as a blood donor", "Регистрация в качестве донора крови"),
  ("Qan verməyə könüllü olaraq qeydiyyatdan keçir, qanvermə məntəqəsində vaxt seçirsiniz.",
   "Register as a voluntary blood donor and choose a time at a donation centre.",
   "Вы регистрируетесь как добровольный донор крови и выбираете время в пункте сдачи крови."),
  "health|health|c|i|o|0|-|id|health|reg", kw=("qan vermək; donor", "blood donation", "сдать кровь; донор"))
S("SN", ("Talassemiya və hemofiliya xəstələrinin dərman təminatı üçün qeydiyyat", "Registration of thalassaemia and haemophilia patients for medicine supply", "Регистрация больных талассемией и гемофилией для лекарственного обеспечения"),
  ("Xəstələr dövlət proqramı üzrə pulsuz dərman və müalicə almaq üçün reyestrə daxil edilir.",
   "Patients are entered in the register to receive free medicines and treatment under the state programme.",
   "Пациенты вносятся в регистр для получения бесплатных лекарств и лечения по государственной программе."),
  "health|health disab|c|d|ao|0|15|id,medrec,appp|health|reg")
S("SN", ("Psixiatriya və narkologiya uçotunda olub-olmaması barədə arayış", "Certificate of (non-)registration with psychiatric and narcological services", "Справка о состоянии (не состоянии) на учёте у психиатра и нарколога"),
  ("Sürücülük vəsiqəsi, silah icazəsi və ya iş üçün tələb olunan arayışı alırsınız.",
   "Obtain the certificate required for a driving licence, a firearm permit or a job.",
   "Вы получаете справку, необходимую для водительских прав, разрешения на оружие или работы."),
  "health|car|c|i|o|services|3|id|health|doc", kw=("narkoloq arayışı; psixiatr arayışı", "psychiatric clearance", "справка от нарколога; справка от психиатра"))
S("SN", ("Doğum haqqında elektron tibbi şəhadətnamə", "Electronic medical birth certificate", "Электронное медицинское свидетельство о рождении"),
  ("Doğum evi doğum haqqında tibbi şəhadətnaməni elektron tərtib edir və qeydiyyat orqanına avtomatik göndərir.",
   "The maternity hospital issues the medical birth certificate electronically and sends it to the civil registry automatically.",
   "Роддом оформляет медицинское свидетельство о рождении в электронном виде и автоматически направляет его в органы регистрации."),
  "health|birth|c|x|m|0|1|id,medrec|health,family|doc")
S("SN", ("Ölüm haqqında tibbi şəhadətnamənin verilməsi", "Issuance of a medical certificate of death", "Выдача медицинского свидетельства о смерти"),
  ("Tibb müəssisəsi ölüm faktını təsdiq edən tibbi şəhadətnamə verir; bu sənəd ölümün qeydiyyatı üçün əsasdır.",
   "The medical institution issues a medical certificate confirming the death; it is the basis for registering the death.",
   "Медицинское учреждение выдаёт медицинское свидетельство о смерти; оно служит основанием для регистрации смерти."),
  "health|death|c|i|o|0|1|id|health,family|doc")
S("SN", ("Əcnəbilər üçün İİV infeksiyası üzrə müayinə arayışının verilməsi", "HIV test certificate for foreigners", "Справка об обследовании на ВИЧ для иностранцев"),
  ("Yaşamaq icazəsi almaq istəyən əcnəbilər tələb olunan müayinədən keçərək arayış alır.",
   "Foreigners applying for a residence permit take the required test and receive the certificate.",
   "Иностранцы, оформляющие вид на жительство, проходят необходимое обследование и получают справку."),
  "health|abroad|f|i|o|services|3|fpass|health,migr|doc")
S("SN", ("Tibb müəssisələri haqqında məlumat", "Directory of medical institutions", "Справочник медицинских учреждений"),
  ("Yaxınlıqdakı xəstəxana və poliklinikaları, onların xidmətlərini və əlaqə məlumatlarını tapırsınız.",
   "Find hospitals and clinics near you, their services and contact details.",
   "Вы находите больницы и поликлиники поблизости, их услуги и контакты."),
  "health|health|cf|i|p|0|-|-|health|info")
S("SN", ("Tibbi yardımın keyfiyyətinə dair şikayət", "Complaint about the quality of medical care", "Жалоба на качество медицинской помощи"),
  ("Tibb müəssisəsində göstərilən xidmətdən narazı qaldıqda şikayətinizi onlayn göndərirsiniz.",
   "If you are unhappy with care at a medical institution, send your complaint online.",
   "Если вы недовольны помощью в медицинском учреждении, вы направляете жалобу онлайн."),
  "health|health|c|o|pm|0|15|id,complaint|appeals,health|dec")
S("SN", ("Dövlət tərəfindən tənzimlənən dərman qiymətləri barədə məlumat", "Information on state-regulated medicine prices", "Информация о государственно регулируемых ценах на лекарства"),
  ("Dərmanın apteklərdə satılmalı olduğu maksimum qiyməti yoxlayırsınız.",
   "Check the maximum price at which a medicine may be sold in pharmacies.",
   "Вы проверяете максимальную цену, по которой лекарство может продаваться в аптеках."),
  "health|health|c|i|p|0|-|-|health,consumer|info")
S("SN", ("Tibbi-sosial ekspertizaya elektron göndərişin verilməsi", "Electronic referral to medical-social expertise", "Электронное направление на медико-социальную экспертизу"),
  ("Həkim əlilliyin müəyyən edilməsi üçün göndərişi elektron tərtib edir; sizin ayrıca sənəd aparmağınıza ehtiyac qalmır.",
   "The doctor drafts the disability-assessment referral electronically, so you need not carry any papers.",
   "Врач оформляет направление на установление инвалидности в электронном виде, и вам не нужно носить документы."),
  "health|disab|c|e|p|0|5|id,medrec|health,nk_disab|doc")
S("SN", ("Hamiləliyə görə qadın məsləhətxanasında uçota alınma", "Registration of pregnancy at a women's clinic", "Постановка на учёт по беременности в женской консультации"),
  ("Hamilə qadınlar pulsuz müayinə və müşahidə üçün qadın məsləhətxanasında uçota alınır.",
   "Pregnant women register at a women's clinic for free check-ups and monitoring.",
   "Беременные женщины встают на учёт в женской консультации для бесплатных обследований и наблюдения."),
  "health|birth health|c|i|o|0|-|id|health|reg")
S("SN", ("Tibb müəssisələrinin statistik hesabatlarının təqdim edilməsi", "Submission of statistical reports by medical institutions", "Представление статистических отчётов медицинскими учреждениями"),
  ("Dövlət və özəl tibb müəssisələri tibbi statistika hesabatlarını müəyyən edilmiş formalarda təqdim edir.",
   "Public and private medical institutions submit health statistics reports on the prescribed forms.",
   "Государственные и частные медицинские учреждения представляют отчёты медицинской статистики по установленным формам."),
  "health|run|b|d|o|0|-|report|health,nk_stat|reg")
S("SN", ("Ailə həkiminə (poliklinikaya) təhkim olunma", "Registration with a family doctor (primary-care clinic)", "Прикрепление к семейному врачу (поликлинике)"),
  ("Yaşadığınız əraziyə görə ailə həkimi və poliklinika seçib onlayn təhkim olunursunuz.",
   "Choose a family doctor and clinic for your area and register online.",
   "Вы выбираете семейного врача и поликлинику по месту жительства и прикрепляетесь онлайн."),
  "health|move health|c|o|pm|0|3|id,res|health,medins|reg", kw=("ailə həkimi; poliklinikaya yazılmaq", "family doctor; GP registration", "семейный врач; прикрепление к поликлинике"))

# ============================================================================================
# ITSDA – State Agency for Mandatory Health Insurance
# ============================================================================================
S("ITSDA", ("İcbari tibbi sığorta üzrə xidmətlər zərfi barədə məlumat", "Information on the compulsory health insurance benefits package", "Информация о пакете услуг обязательного медицинского страхования"),
  ("İcbari tibbi sığorta ilə hansı müayinə və müalicələrin pulsuz olduğunu öyrənirsiniz.",
   "Find out which examinations and treatments are free under compulsory health insurance.",
   "Вы узнаёте, какие обследования и лечение бесплатны по обязательному медицинскому страхованию."),
  "health|health|cf|i|p|0|-|-|medins|info", kw=("tibbi sığorta; İTS", "health insurance", "ОМС; медицинская страховка"))
S("ITSDA", ("İcbari tibbi sığorta statusunun yoxlanılması", "Checking one's compulsory health insurance status", "Проверка статуса обязательного медицинского страхования"),
  ("FİN ilə icbari tibbi sığorta ilə əhatə olunub-olunmadığınızı yoxlayırsınız.",
   "Check by FIN whether you are covered by compulsory health insurance.",
   "Вы проверяете по ФИН, охвачены ли вы обязательным медицинским страхованием."),
  "health|health|c|e|pm|0|-|id|medins|info", top=1, kw=("sığorta statusu; İTS yoxla", "insurance status check", "проверить страховку"))
S("ITSDA", ("Sığortaolunana göstərilmiş tibbi xidmətlər barədə çıxarış", "Statement of medical services provided to the insured person", "Выписка об оказанных застрахованному медицинских услугах"),
  ("Sığorta hesabına aldığınız tibbi xidmətlərin siyahısını və dəyərini görürsünüz.",
   "See the list and cost of the medical services you received under the insurance.",
   "Вы видите перечень и стоимость медицинских услуг, полученных за счёт страховки."),
  "health|health|c|e|p|0|-|id|medins|doc")
S("ITSDA", ("Tibb müəssisəsinin icbari tibbi sığorta sisteminə qoşulması üçün müraciət", "Application by a medical institution to join the compulsory health insurance system", "Заявление медицинского учреждения о подключении к системе ОМС"),
  ("Özəl klinikalar icbari tibbi sığorta üzrə xidmət göstərmək üçün agentliklə müqavilə bağlamağa müraciət edir.",
   "Private clinics apply to contract with the agency to provide services under compulsory health insurance.",
   "Частные клиники подают заявку на заключение договора с агентством для оказания услуг по ОМС."),
  "health|run|b|d|o|0|30|legreg,licdocs|medins|dec")
S("ITSDA", ("İcbari tibbi sığorta ilə bağlı şikayət və müraciətlər", "Complaints and requests about compulsory health insurance", "Жалобы и обращения по обязательному медицинскому страхованию"),
  ("Sığorta ilə pulsuz olmalı olan xidmətə görə ödəniş tələb edildikdə şikayət edirsiniz.",
   "Complain if you were asked to pay for a service that should be free under the insurance.",
   "Вы подаёте жалобу, если с вас потребовали оплату за услугу, которая должна быть бесплатной по страховке."),
  "health|health|c|e|pm|0|15|id,complaint|medins,appeals|dec")
S("ITSDA", ("Bahalı tibbi xidmətlər üçün sığorta ödənişinin əvvəlcədən təsdiqi", "Pre-approval of insurance coverage for costly procedures", "Предварительное согласование покрытия ОМС дорогостоящих процедур"),
  ("Əməliyyat və ya bahalı müayinə üçün sığorta ödənişinin təsdiqi tibb müəssisəsi vasitəsilə elektron alınır.",
   "Approval of insurance coverage for surgery or a costly examination is obtained electronically through the medical institution.",
   "Согласование страхового покрытия операции или дорогостоящего обследования получается через медицинское учреждение в электронном виде."),
  "health|health|c|i|o|0|5|id,medrec|medins|dec")

# ============================================================================================
# EESMN, DSMF, DMA – labour and social protection
# ============================================================================================
S("EESMN", ("Əmək fəaliyyəti (məşğulluq) barədə elektron arayışın verilməsi", "Electronic certificate of employment (e-reference)", "Электронная справка о трудовой деятельности (занятости)"),
  ("Harada və hansı vəzifədə işlədiyinizi təsdiq edən elektron arayışı e-müqavilə sistemindən dərhal alırsınız.",
   "Get at once an electronic certificate of where and in what position you work, from the e-contract system.",
   "Вы сразу получаете из системы e-müqavilə электронную справку о месте работы и должности."),
  "employment|-|c|e|pm|0|-|id,labour|labourcode,nk_digital|eref", top=1,
  kw=("iş yerindən arayış; məşğulluq arayışı; e-arayış", "employment certificate; proof of employment", "справка с места работы; справка о занятости"))
S("EESMN", ("Ünvanlı dövlət sosial yardımının alınması barədə arayış", "Certificate of receipt of targeted state social assistance", "Справка о получении адресной государственной социальной помощи"),
  ("Ailənizin ünvanlı dövlət sosial yardımı aldığını təsdiq edən elektron arayışı alırsınız.",
   "Get an electronic certificate that your family receives targeted state social assistance.",
   "Вы получаете электронную справку о том, что ваша семья получает адресную государственную социальную помощь."),
  "social_protection|-|c|e|pm|0|-|id|usa,nk_digital|eref", top=1, kw=("ÜSY arayışı; sosial yardım arayışı", "social assistance certificate", "справка об адресной помощи"))
S("EESMN", ("Sosial müavinət alınması barədə arayış", "Certificate of receipt of social allowances", "Справка о получении социальных пособий"),
  ("Aldığınız sosial müavinətin növünü və məbləğini təsdiq edən elektron arayışı alırsınız.",
   "Get an electronic certificate of the type and amount of social allowance you receive.",
   "Вы получаете электронную справку о виде и размере получаемого социального пособия."),
  "social_protection|-|c|e|pm|0|-|id|allow,nk_digital|eref", top=1, kw=("müavinət arayışı", "allowance certificate", "справка о пособии"))
S("EESMN", ("Əlilliyin müəyyən edilməsi barədə arayış (e-arayış)", "Certificate of disability status (e-reference)", "Справка об установлении инвалидности (электронная)"),
  ("Əlillik dərəcəsini və müddətini təsdiq edən elektron arayışı alırsınız.",
   "Get an electronic certificate confirming your disability degree and its duration.",
   "Вы получаете электронную справку, подтверждающую степень и срок инвалидности."),
  "social_protection|disab|c|e|pm|0|-|id,disab|nk_disab,nk_digital|eref", top=1, kw=("əlillik arayışı", "disability certificate", "справка об инвалидности"))
S("EESMN", ("Uşağın doğulmasına görə birdəfəlik müavinətin təyin edilməsi", "Lump-sum childbirth allowance", "Назначение единовременного пособия при рождении ребёнка"),
  ("Uşağın doğumu qeydiyyata alındıqdan sonra birdəfəlik müavinət müraciət olmadan təyin edilir və kartınıza köçürülür.",
   "Once the birth is registered, the lump-sum allowance is assigned without an application and paid to your card.",
   "После регистрации рождения единовременное пособие назначается без заявления и перечисляется на вашу карту."),
  "social_protection|birth|c|x|pm|0|5|birth,bank|allow,nk_social|pay", top=1,
  kw=("doğum müavinəti; uşaq pulu", "childbirth allowance; baby bonus", "пособие при рождении; детские"))
S("EESMN", ("Əlilliyin müəyyən edilməsi (elektron tibbi-sosial ekspertiza)", "Disability assessment (electronic medical-social expertise)", "Установление инвалидности (электронная медико-социальная экспертиза)"),
  ("Həkimin elektron göndərişi əsasında tibbi sənədləriniz ekspertlər tərəfindən qiymətləndirilir və əlillik müəyyən edilir.",
   "Based on the doctor's electronic referral, experts assess your medical records and establish the disability.",
   "На основании электронного направления врача эксперты оценивают медицинские документы и устанавливают инвалидность."),
  "social_protection|disab|c|e|pa|0|10|id,medrec|nk_disab|dec", top=1, kw=("əlillik; TSEK; əlillik dərəcəsi", "disability assessment", "инвалидность; МСЭ"))
S("EESMN", ("Sosial müavinətin təyin edilməsi (yaşa, əlilliyə, ailə başçısını itirməyə görə)", "Assignment of social allowances (age, disability, loss of breadwinner)", "Назначение социальных пособий (по возрасту, инвалидности, потере кормильца)"),
  ("Əmək pensiyası hüququ olmayan şəxslərə sosial müavinət təyin edilir; məlumatlar dövlət bazalarından yoxlanılır.",
   "Social allowances are assigned to people without a labour-pension entitlement; data are checked in state databases.",
   "Социальные пособия назначаются лицам без права на трудовую пенсию; данные проверяются по государственным базам."),
  "social_protection|disab retire death|c|e|pam|0|10|id,family,disab|allow|pay", top=1,
  kw=("sosial müavinət; müavinət", "social benefits; welfare allowance", "социальное пособие"))
S("EESMN", ("Evdə sosial xidmət göstərilməsi üçün müraciət", "Application for social care at home", "Заявление на социальное обслуживание на дому"),
  ("Tənha yaşlılar və əlilliyi olan şəxslər evdə qulluq və sosial xidmət üçün müraciət edir.",
   "Older people living alone and persons with disabilities apply for home care and social services.",
   "Одинокие пожилые люди и лица с инвалидностью подают заявление на уход и социальное обслуживание на дому."),
  "social_protection|disab retire|c|d|ao|0|15|id,disab|nk_social|dec")
S("EESMN", ("Əlilliyi olan şəxslərin protez-ortopedik və reabilitasiya vasitələri ilə təminatı", "Provision of prosthetic, orthopaedic and rehabilitation aids to persons with disabilities", "Обеспечение лиц с инвалидностью протезно-ортопедическими и реабилитационными средствами"),
  ("Əlil arabası, eşitmə cihazı və digər reabilitasiya vasitələri üçün müraciət edirsiniz.",
   "Apply for a wheelchair, hearing aid or other rehabilitation aid.",
   "Вы подаёте заявку на инвалидную коляску, слуховой аппарат или другое реабилитационное средство."),
  "social_protection|disab|c|d|ao|0|30|id,disab,medrec|nk_disab|dec")
S("EESMN", ("Əmək müqaviləsi bildirişinin elektron sistemdə qeydiyyatı (e-müqavilə)", "Registration of employment contract notices in the e-contract system", "Регистрация уведомлений о трудовых договорах в системе e-müqavilə"),
  ("İşəgötürən işçi ilə bağladığı, dəyişdirdiyi və ləğv etdiyi əmək müqavilələri barədə bildirişləri elektron sistemdə qeydiyyata alır.",
   "Employers register notices of employment contracts they conclude, amend or terminate in the electronic system.",
   "Работодатель регистрирует в электронной системе уведомления о заключении, изменении и расторжении трудовых договоров."),
  "employment|run start|b|e|p|0|1|voen,contract|labourcode|reg", top=1, kw=("e-müqavilə; əmək müqaviləsi", "employment contract", "трудовой договор"))
S("EESMN", ("Əmək hüquqlarının pozulması barədə Dövlət Əmək Müfəttişliyinə şikayət", "Complaint to the State Labour Inspection about violations of labour rights", "Жалоба в Государственную инспекцию труда о нарушении трудовых прав"),
  ("Əmək haqqının gecikdirilməsi, qeyri-rəsmi məşğulluq və ya təhlükəli iş şəraiti barədə şikayət edirsiniz.",
   "Complain about unpaid wages, undeclared work or unsafe working conditions.",
   "Вы жалуетесь на задержку зарплаты, неофициальную занятость или опасные условия труда."),
  "employment|-|c|d|o|0|15|id,complaint|labourcode,appeals|dec", kw=("maaş verilmir; əmək müfəttişliyi", "unpaid wages; labour inspection", "невыплата зарплаты; инспекция труда"))

S("DSMF", ("Yaşa görə əmək pensiyasının müraciətsiz (proaktiv) təyin edilməsi", "Proactive assignment of the old-age labour pension (without application)", "Проактивное назначение трудовой пенсии по возрасту (без заявления)"),
  ("Pensiya yaşına çatdıqda sığorta stajınız və haqlarınız avtomatik hesablanır, pensiya müraciət olmadan təyin edilir və SMS ilə xəbər verilir.",
   "When you reach pension age, your insurance record is assessed automatically, the pension is assigned without an application and you are notified by SMS.",
   "При достижении пенсионного возраста ваш стаж и взносы оцениваются автоматически, пенсия назначается без заявления, о чём сообщается по SMS."),
  "social_protection|retire|c|x|pm|0|10|id,sia,bank|pension|pay", top=1,
  kw=("pensiya; təqaüd; pensiyaya çıxmaq", "pension; retirement; old-age pension", "пенсия; выход на пенсию"))
S("DSMF", ("Əmək pensiyası alınması barədə arayış (e-arayış)", "Certificate of receipt of a labour pension (e-reference)", "Справка о получении трудовой пенсии (электронная)"),
  ("Aldığınız pensiyanın növünü və məbləğini təsdiq edən elektron arayışı dərhal alırsınız.",
   "Get at once an electronic certificate of the type and amount of your pension.",
   "Вы сразу получаете электронную справку о виде и размере получаемой пенсии."),
  "social_protection|retire|c|e|pm|0|-|id,pension|pension,nk_digital|eref", top=1, kw=("pensiya arayışı; təqaüd arayışı", "pension certificate", "справка о пенсии"))
S("DSMF", ("Fərdi uçot hesabından çıxarış (e-arayış)", "Statement of the individual social-insurance account (e-reference)", "Выписка из индивидуального лицевого счёта социального страхования (электронная)"),
  ("Əmək haqqınız və ödənilmiş sosial sığorta haqları barədə elektron çıxarış alırsınız; banklar bunu gəlir sübutu kimi qəbul edir.",
   "Get an electronic statement of your salary and the social-insurance contributions paid; banks accept it as proof of income.",
   "Вы получаете электронную выписку о зарплате и уплаченных страховых взносах; банки принимают её как подтверждение дохода."),
  "social_protection|buy|c|e|pm|0|-|id,sia|socins,nk_digital|eref", top=1,
  kw=("maaş arayışı; əmək haqqı arayışı; sığorta stajı", "salary certificate; proof of income", "справка о зарплате; справка о доходах"))
S("DSMF", ("Əlilliyə görə əmək pensiyasının təyin edilməsi", "Assignment of a disability labour pension", "Назначение трудовой пенсии по инвалидности"),
  ("Əlillik müəyyən edildikdən sonra sığorta stajınıza görə əlillik pensiyası elektron qaydada təyin edilir.",
   "Once a disability is established, a disability pension based on your insurance record is assigned electronically.",
   "После установления инвалидности пенсия по инвалидности на основании страхового стажа назначается в электронном порядке."),
  "social_protection|disab|c|e|pa|0|10|id,disab,sia|pension|pay")
S("DSMF", ("Ailə başçısını itirməyə görə əmək pensiyasının təyin edilməsi", "Assignment of a survivor's labour pension", "Назначение трудовой пенсии по случаю потери кормильца"),
  ("Ailə başçısı vəfat etdikdə onun himayəsində olmuş ailə üzvlərinə pensiya təyin edilir.",
   "When the breadwinner dies, a pension is assigned to the family members who depended on them.",
   "При смерти кормильца пенсия назначается членам семьи, находившимся на его иждивении."),
  "social_protection|death|c|d|ao|0|10|id,death,family|pension|pay")
S("DSMF", ("Dəfn üçün müavinətin verilməsi", "Funeral allowance", "Выплата пособия на погребение"),
  ("Vəfat etmiş şəxsin ailəsinə və ya dəfni həyata keçirən şəxsə dəfn müavinəti ödənilir.",
   "A funeral allowance is paid to the deceased's family or to the person who arranged the funeral.",
   "Пособие на погребение выплачивается семье умершего или лицу, осуществившему похороны."),
  "social_protection|death|c|d|ao|0|5|id,death,bank|socins,allow|pay")
S("DSMF", ("Hamiləliyə və doğuşa görə müavinətin təyin edilməsi", "Maternity allowance (pregnancy and childbirth)", "Назначение пособия по беременности и родам"),
  ("Sığortalı işləyən qadınlara hamiləlik və doğuş məzuniyyəti dövrü üçün müavinət təyin edilir.",
   "Insured working women receive an allowance for the period of maternity leave.",
   "Застрахованным работающим женщинам назначается пособие на период отпуска по беременности и родам."),
  "social_protection|birth|c|o|pa|0|10|id,medrec,labour|socins|pay", kw=("dekret pulu; analıq məzuniyyəti", "maternity pay", "декретные"))
S("DSMF", ("Sığorta stajı və əmək haqqı məlumatlarının dəqiqləşdirilməsi", "Correction of insurance record and salary data", "Уточнение сведений о страховом стаже и заработной плате"),
  ("Fərdi hesabınızda çatışmayan staj və ya əmək haqqı məlumatlarının əlavə edilməsi üçün sənədlərlə müraciət edirsiniz.",
   "Apply with supporting documents to add missing service periods or salary data to your individual account.",
   "Вы подаёте заявление с документами о внесении недостающих периодов стажа или данных о зарплате в индивидуальный счёт."),
  "social_protection|retire|c|d|ao|0|15|id,sia,appp|socins,pension|dec")

S("DMA", ("İşsizlikdən sığorta ödənişinin təyin edilməsi", "Assignment of unemployment insurance benefit", "Назначение выплаты по страхованию от безработицы"),
  ("İşini itirmiş sığortaolunan işsiz kimi qeydiyyata alındıqdan sonra sığorta ödənişi onlayn təyin edilir.",
   "Insured people who lose their job and register as unemployed are assigned the insurance benefit online.",
   "Застрахованному, потерявшему работу и зарегистрированному безработным, страховая выплата назначается онлайн."),
  "employment|jobless|c|e|pam|0|10|id,sia,labour,bank|unemp|pay", top=1,
  kw=("işsizlik müavinəti; işsizlik pulu", "unemployment benefit; jobseeker's allowance", "пособие по безработице"))
S("DMA", ("Boş iş yerləri bankında vakansiya axtarışı", "Search in the vacancy bank", "Поиск в банке вакансий"),
  ("İşəgötürənlərin elan etdiyi boş iş yerlərini ixtisas və ərazi üzrə axtarırsınız.",
   "Search vacancies posted by employers by profession and area.",
   "Вы ищете вакансии работодателей по специальности и территории."),
  "employment|jobless|cf|e|pm|0|-|-|nk_employment|info", top=1, kw=("vakansiya; iş elanları; iş tapmaq", "jobs; vacancies; find a job", "вакансии; найти работу"))
S("DMA", ("Peşə hazırlığı kurslarına göndəriş", "Referral to vocational training courses", "Направление на курсы профессиональной подготовки"),
  ("İşsiz kimi qeydiyyatda olanlar pulsuz peşə hazırlığı və ixtisasartırma kurslarına göndərilir.",
   "Registered unemployed people are referred to free vocational training and upskilling courses.",
   "Зарегистрированные безработные направляются на бесплатные курсы профессиональной подготовки и повышения квалификации."),
  "employment|jobless study|c|i|o|0|10|id|nk_employment|dec")
S("DMA", ("Özünüməşğulluq proqramına qoşulma üçün müraciət", "Application to join the self-employment programme", "Заявка на участие в программе самозанятости"),
  ("İşsizlər kiçik biznes qurmaq üçün aktivlər (avadanlıq, heyvan) və təlimlə dəstəklənən proqrama müraciət edir.",
   "Unemployed people apply to a programme that supports starting a small business with assets (equipment, livestock) and training.",
   "Безработные подают заявку на программу, поддерживающую открытие малого бизнеса активами (оборудование, скот) и обучением."),
  "employment|jobless start|c|d|ao|0|30|id,grant|nk_employment|dec", kw=("özünüməşğulluq; biznes dəstəyi", "self-employment programme", "самозанятость"))
S("DMA", ("İşəgötürənin boş iş yerləri barədə məlumat verməsi", "Employer's notification of vacancies", "Уведомление работодателя о вакансиях"),
  ("İşəgötürən boş iş yerlərini Məşğulluq Portalında elan edir və uyğun namizədlər alır.",
   "Employers post vacancies on the Employment Portal and receive suitable candidates.",
   "Работодатель размещает вакансии на Портале занятости и получает подходящих кандидатов."),
  "employment|run|b|e|p|0|-|voen|nk_employment,labourcode|reg")

# ============================================================================================
# KTN – Ministry of Agriculture
# ============================================================================================
S("KTN", ("Fermerlərin Elektron Kənd Təsərrüfatı İnformasiya Sistemində (EKTİS) qeydiyyatı", "Registration of farmers in the Electronic Agriculture Information System (EKTIS)", "Регистрация фермеров в Электронной сельскохозяйственной информационной системе (EKTİS)"),
  ("Fermer torpaq sahələrini və təsərrüfatını EKTİS-də qeydiyyata alır; bu, subsidiya almaq üçün əsasdır.",
   "Farmers register their land and farm in EKTIS; this is the basis for receiving subsidies.",
   "Фермер регистрирует свои земельные участки и хозяйство в EKTİS; это основание для получения субсидий."),
  "agriculture|start|cb|e|pa|0|5|id,land|nk_agri|reg", top=1, url="https://www.e-agro.az",
  kw=("EKTİS; fermer qeydiyyatı", "farmer registration", "регистрация фермера"))
S("KTN", ("Əkin sahələrinə görə subsidiyanın verilməsi", "Subsidy for sown areas", "Субсидия на посевные площади"),
  ("EKTİS-də bəyan edilmiş əkin sahələrinə görə hektar başına subsidiya bank kartınıza ödənilir.",
   "A per-hectare subsidy for the sown areas declared in EKTIS is paid to your bank card.",
   "Субсидия за гектар задекларированных в EKTİS посевных площадей перечисляется на вашу банковскую карту."),
  "agriculture|run|cb|e|pa|0|30|farm,land,bank|nk_agri|pay", url="https://www.e-agro.az", top=1,
  kw=("subsidiya; əkin subsidiyası", "farm subsidy", "субсидия фермерам"))
S("KTN", ("Heyvandarlıq üzrə subsidiyanın verilməsi", "Livestock subsidies", "Субсидии в животноводстве"),
  ("Damazlıq heyvanlar və süni mayalanma ilə alınmış buzovlar üçün subsidiyaya müraciət edirsiniz.",
   "Apply for subsidies for breeding animals and calves born by artificial insemination.",
   "Вы подаёте заявку на субсидии за племенных животных и телят, полученных искусственным осеменением."),
  "agriculture|run|cb|e|pa|0|30|farm,vet,bank|nk_agri|pay", url="https://www.e-agro.az")
S("KTN", ("Kənd təsərrüfatı texnikasının lizinqə verilməsi üçün müraciət", "Application for leasing agricultural machinery", "Заявка на лизинг сельскохозяйственной техники"),
  ("Traktor, kombayn və digər texnikanı güzəştli lizinq şərtləri ilə almaq üçün müraciət edirsiniz.",
   "Apply to acquire a tractor, combine or other machinery on concessional leasing terms.",
   "Вы подаёте заявку на приобретение трактора, комбайна или другой техники на льготных условиях лизинга."),
  "agriculture|run|cb|d|ao|0|30|farm,app|nk_agri|dec")
S("KTN", ("Güzəştli aqrar kreditlər üçün müraciət", "Application for concessional agricultural loans", "Заявка на льготные аграрные кредиты"),
  ("Fermerlər güzəştli faizlə kredit almaq üçün layihə və sənədlərini təqdim edir.",
   "Farmers submit their project and documents to receive a loan at a concessional rate.",
   "Фермеры подают проект и документы для получения кредита по льготной ставке."),
  "agriculture|start run|cb|d|ao|0|30|farm,grant|nk_agri|dec")
S("KTN", ("Baytarlıq sertifikatının verilməsi", "Issuance of a veterinary certificate", "Выдача ветеринарного сертификата"),
  ("Heyvanların və heyvan mənşəli məhsulların daşınması və ixracı üçün baytarlıq sertifikatı alırsınız.",
   "Obtain a veterinary certificate to transport or export animals and animal products.",
   "Вы получаете ветеринарный сертификат для перевозки и экспорта животных и продукции животного происхождения."),
  "agriculture|run|cb|d|ao|tariff|3|vet,voen|nk_vet|doc")
S("KTN", ("Fitosanitar sertifikatın verilməsi", "Issuance of a phytosanitary certificate", "Выдача фитосанитарного сертификата"),
  ("Meyvə, tərəvəz və digər bitki məhsullarının ixracı üçün fitosanitar sertifikat alırsınız.",
   "Obtain a phytosanitary certificate to export fruit, vegetables and other plant products.",
   "Вы получаете фитосанитарный сертификат для экспорта фруктов, овощей и другой растительной продукции."),
  "agriculture|run|b|d|ao|tariff|3|voen,invoice,lab|nk_vet|doc")
S("KTN", ("Kənd təsərrüfatı heyvanlarının identifikasiyası və qeydiyyatı", "Identification and registration of farm animals", "Идентификация и регистрация сельскохозяйственных животных"),
  ("Mal-qara və xırdabuynuzlu heyvanlar sırğa ilə nişanlanır və elektron reyestrdə qeydiyyata alınır.",
   "Cattle, sheep and goats are ear-tagged and registered in the electronic register.",
   "Крупный и мелкий рогатый скот маркируется бирками и регистрируется в электронном реестре."),
  "agriculture|run|cb|i|o|0|10|farm|nk_vet|reg")
S("KTN", ("Pestisidlərin və aqrokimyəvi maddələrin dövlət qeydiyyatı", "State registration of pesticides and agrochemicals", "Государственная регистрация пестицидов и агрохимикатов"),
  ("İdxalçılar və istehsalçılar pestisid və gübrələrin qeydiyyatı üçün sınaq və sənədləri təqdim edir.",
   "Importers and producers submit test results and documents to register pesticides and fertilisers.",
   "Импортёры и производители подают результаты испытаний и документы для регистрации пестицидов и удобрений."),
  "agriculture|run|b|d|o|tariff|60|legreg,techdocs,lab|nk_vet|reg")
S("KTN", ("Toxum və əkin materiallarının sertifikatlaşdırılması", "Certification of seeds and planting material", "Сертификация семян и посадочного материала"),
  ("Satış və ya əkin üçün nəzərdə tutulmuş toxumların keyfiyyətini təsdiq edən sertifikat alırsınız.",
   "Obtain a certificate confirming the quality of seeds intended for sale or sowing.",
   "Вы получаете сертификат, подтверждающий качество семян для продажи или посева."),
  "agriculture|run|cb|d|o|tariff|15|lab,appp|nk_vet|doc")
S("KTN", ("Aqrar sığorta haqqının bir hissəsinin dövlət tərəfindən ödənilməsi", "State payment of part of the agricultural insurance premium", "Оплата государством части страховой премии в аграрном страховании"),
  ("Əkin və heyvanlarınızı sığortaladıqda sığorta haqqının bir hissəsini dövlət ödəyir.",
   "When you insure your crops or animals, the state pays part of the premium.",
   "При страховании посевов или животных часть страховой премии оплачивает государство."),
  "agriculture|run|cb|i|o|0|15|farm,contract|nk_agri|pay")
S("KTN", ("Aqrar məsləhət xidmətləri", "Agricultural advisory services", "Аграрные консультационные услуги"),
  ("Aqronom və baytar məsləhətçilərindən əkin, suvarma və heyvan sağlamlığı üzrə pulsuz məsləhət alırsınız.",
   "Get free advice from agronomists and vets on crops, irrigation and animal health.",
   "Вы получаете бесплатные консультации агрономов и ветеринаров по посевам, поливу и здоровью животных."),
  "agriculture|run|cb|i|po|0|-|-|nk_agri|info")
S("KTN", ("Kənd təsərrüfatı məhsullarının qiymətləri barədə məlumat", "Information on agricultural product prices", "Информация о ценах на сельскохозяйственную продукцию"),
  ("Əsas bazarlarda meyvə, tərəvəz və ət məhsullarının həftəlik qiymətlərini görürsünüz.",
   "See weekly prices of fruit, vegetables and meat at the main markets.",
   "Вы видите еженедельные цены на фрукты, овощи и мясо на основных рынках."),
  "agriculture|run|cb|i|p|0|-|-|nk_agri|info")
S("KTN", ("Torpağın aqrokimyəvi analizi üçün müraciət", "Application for agrochemical soil analysis", "Заявка на агрохимический анализ почвы"),
  ("Torpaq nümunəsini laboratoriyaya təqdim edir, gübrələmə üzrə tövsiyələrlə nəticə alırsınız.",
   "Submit a soil sample to the laboratory and receive results with fertilisation advice.",
   "Вы сдаёте образец почвы в лабораторию и получаете результаты с рекомендациями по удобрению."),
  "agriculture|run|cb|d|o|tariff|15|appp|nk_agri|doc")
S("KTN", ("Damazlıq heyvanların idxalına icazə", "Permit to import breeding animals", "Разрешение на ввоз племенных животных"),
  ("Damazlıq heyvanların xaricdən gətirilməsi üçün baytarlıq icazəsinə müraciət edirsiniz.",
   "Apply for a veterinary permit to import breeding animals.",
   "Вы подаёте заявку на ветеринарное разрешение на ввоз племенных животных."),
  "agriculture|run|b|d|o|0|10|legreg,vet,invoice|nk_vet|dec")
S("KTN", ("Heyvan xəstəlikləri barədə məlumat verilməsi", "Reporting animal diseases", "Сообщение о болезнях животных"),
  ("Heyvanlarda yoluxucu xəstəlik əlamətləri gördükdə baytarlıq xidmətinə dərhal məlumat verirsiniz.",
   "Report signs of infectious disease in animals to the veterinary service immediately.",
   "Вы немедленно сообщаете в ветеринарную службу о признаках заразных болезней у животных."),
  "agriculture|run|cb|i|o|0|1|complaint|nk_vet|info")
S("KTN", ("Ev heyvanlarının qeydiyyatı və peyvəndi", "Registration and vaccination of pets", "Регистрация и вакцинация домашних животных"),
  ("İt və pişiyinizi qeydiyyata aldırır, quduzluğa qarşı peyvənd barədə baytarlıq pasportu alırsınız.",
   "Register your dog or cat and get a veterinary passport recording the rabies vaccination.",
   "Вы регистрируете собаку или кошку и получаете ветеринарный паспорт с отметкой о прививке от бешенства."),
  "agriculture|abroad|c|d|o|tariff|5|id,appp|nk_vet|doc", kw=("it qeydiyyatı; baytar pasportu", "pet passport; dog registration", "ветпаспорт; регистрация собаки"))
S("KTN", ("Pambıqçılıq, tütünçülük və baramaçılıq üzrə istehsal subsidiyası", "Production subsidy for cotton, tobacco and silkworm cocoon growers", "Производственная субсидия для производителей хлопка, табака и коконов"),
  ("Tədarük məntəqəsinə təhvil verilmiş məhsulun həcminə görə subsidiya ödənilir.",
   "A subsidy is paid according to the quantity of produce delivered to collection points.",
   "Субсидия выплачивается в зависимости от объёма продукции, сданной на приёмные пункты."),
  "agriculture|run|cb|e|p|0|30|farm,bank|nk_agri|pay", url="https://www.e-agro.az")
S("KTN", ("Kənd təsərrüfatı texnikasının dövlət qeydiyyatı", "State registration of agricultural machinery", "Государственная регистрация сельскохозяйственной техники"),
  ("Traktor, kombayn və digər özüyeriyən texnikanı qeydiyyata aldırır, qeydiyyat nişanı alırsınız.",
   "Register a tractor, combine or other self-propelled machine and receive a number plate.",
   "Вы регистрируете трактор, комбайн или другую самоходную технику и получаете номерной знак."),
  "agriculture|car|cb|d|ao|vehicle|5|id,origin,appp|nk_vehicle|reg")
S("KTN", ("Traktorçu-maşinist vəsiqəsinin verilməsi", "Issuance of a tractor driver's licence", "Выдача удостоверения тракториста-машиниста"),
  ("İmtahan verdikdən sonra kənd təsərrüfatı texnikasını idarə etmək hüququ verən vəsiqə alırsınız.",
   "After passing the exam, receive a licence to operate agricultural machinery.",
   "После сдачи экзамена вы получаете удостоверение на право управления сельскохозяйственной техникой."),
  "agriculture|car|c|d|o|dl|10|id,med,photo|nk_vehicle|doc")
S("KTN", ("Aqroparkların yaradılmasına dövlət dəstəyi barədə məlumat", "Information on state support for agroparks", "Информация о государственной поддержке агропарков"),
  ("İri fermer təsərrüfatları və aqroparklar üçün güzəştlər və dəstək mexanizmləri barədə məlumat.",
   "Information on incentives and support for large farms and agroparks.",
   "Информация о льготах и механизмах поддержки крупных фермерских хозяйств и агропарков."),
  "agriculture|start|b|i|p|0|-|-|nk_agri|info")
S("KTN", ("Arıçılıq təsərrüfatlarının qeydiyyatı", "Registration of beekeeping farms", "Регистрация пчеловодческих хозяйств"),
  ("Arı ailələrinizi və arıxananın yerini qeydiyyata aldırır, köçəri arıçılıq üçün arayış alırsınız.",
   "Register your bee colonies and apiary site and get a certificate for moving hives.",
   "Вы регистрируете пчелосемьи и место пасеки и получаете справку для кочевого пчеловодства."),
  "agriculture|run|cb|d|ao|0|10|id,farm|nk_vet|reg")

# ============================================================================================
# DIM – State Examination Centre
# ============================================================================================
S("DIM", ("Buraxılış imtahanlarına qeydiyyat (IX və XI siniflər)", "Registration for school-leaving exams (grades 9 and 11)", "Регистрация на выпускные экзамены (9-й и 11-й классы)"),
  ("Şagirdlər buraxılış imtahanına məktəb vasitəsilə qeydiyyata alınır və imtahan yerini öyrənir.",
   "Pupils are registered for the school-leaving exam through their school and find out where it takes place.",
   "Учащиеся регистрируются на выпускной экзамен через школу и узнают место его проведения."),
  "education|study|c|i|o|0|-|id,school|nk_exam|reg")
S("DIM", ("Ali təhsil müəssisələrinə qəbul üçün ixtisas seçimi", "Choosing university programmes for admission", "Выбор специальностей для поступления в вузы"),
  ("Qəbul imtahanından sonra topladığınız bala uyğun olaraq universitet və ixtisasları onlayn seçirsiniz; yerləşdirmə nəticəsi elektron elan olunur.",
   "After the admission exam, choose universities and programmes online according to your score; placement results are announced electronically.",
   "После вступительного экзамена вы онлайн выбираете вузы и специальности в соответствии с баллами; результаты зачисления объявляются в электронном виде."),
  "education|study|c|e|p|0|-|id,exam|nk_exam|dec", top=1,
  kw=("universitetə qəbul; ixtisas seçimi; tələbə qəbulu", "university admission; university enrolment", "поступление в вуз; выбор специальности"))
S("DIM", ("Qəbul imtahanının nəticələri barədə məlumat", "Admission exam results", "Результаты вступительных экзаменов"),
  ("İş nömrəniz ilə imtahan nəticənizi və topladığınız balı görürsünüz.",
   "See your exam result and score by your registration number.",
   "Вы видите результат экзамена и набранные баллы по вашему регистрационному номеру."),
  "education|study|c|e|pm|0|-|exam|nk_exam|info", top=1, kw=("imtahan nəticəsi; bal", "exam results; test score", "результаты экзамена; баллы"))
S("DIM", ("İmtahan nəticələrinə dair apellyasiya müraciəti", "Appeal against exam results", "Апелляция по результатам экзамена"),
  ("Nəticə ilə razılaşmadıqda müəyyən edilmiş müddətdə apellyasiya ərizəsi verirsiniz.",
   "If you disagree with your result, file an appeal within the set period.",
   "Если вы не согласны с результатом, вы подаёте апелляцию в установленный срок."),
  "education|study|c|d|o|0|5|exam,complaint|nk_exam|dec")
S("DIM", ("Magistraturaya qəbul imtahanına qeydiyyat", "Registration for the master's admission exam", "Регистрация на вступительный экзамен в магистратуру"),
  ("Bakalavr məzunları magistraturaya qəbul imtahanına elektron qeydiyyatdan keçir.",
   "Bachelor's graduates register electronically for the master's admission exam.",
   "Выпускники бакалавриата регистрируются на вступительный экзамен в магистратуру в электронном виде."),
  "education|study|c|e|p|exam|-|id,ediploma,photo|nk_exam|reg")
S("DIM", ("Dövlət qulluğuna qəbul üzrə test imtahanına qeydiyyat", "Registration for the civil-service entry test", "Регистрация на тестовый экзамен для поступления на государственную службу"),
  ("Dövlət qulluğunda vakant vəzifələr üçün test imtahanına onlayn qeydiyyatdan keçirsiniz.",
   "Register online for the test for vacant civil-service posts.",
   "Вы онлайн регистрируетесь на тестовый экзамен на вакантные должности государственной службы."),
  "employment|-|c|e|p|0|-|id,ediploma|nk_exam|reg", kw=("dövlət qulluğu imtahanı", "civil service exam", "экзамен на госслужбу"))
S("DIM", ("Müəllimlərin işə qəbulu üzrə müsabiqəyə qeydiyyat", "Registration for the teacher recruitment competition", "Регистрация на конкурс по приёму учителей на работу"),
  ("Dövlət məktəblərində müəllim vəzifələri üçün test və müsahibə mərhələlərinə qeydiyyatdan keçirsiniz.",
   "Register for the test and interview stages for teaching posts in public schools.",
   "Вы регистрируетесь на этапы тестирования и собеседования на должности учителей в государственных школах."),
  "employment|-|c|e|p|0|-|id,ediploma|nk_exam,educ|reg", kw=("MİQ; müəllim işə qəbulu", "teacher recruitment", "приём учителей"))
S("DIM", ("Rezidenturaya qəbul imtahanına qeydiyyat", "Registration for the medical residency admission exam", "Регистрация на экзамен для поступления в резидентуру"),
  ("Tibb universitetlərinin məzunları rezidenturaya qəbul imtahanına qeydiyyatdan keçir.",
   "Medical graduates register for the residency admission exam.",
   "Выпускники медицинских вузов регистрируются на экзамен для поступления в резидентуру."),
  "education|study|c|d|o|exam|-|id,ediploma|nk_exam|reg")
S("DIM", ("Kolleclərə qəbul üçün ixtisas seçimi", "Programme selection for admission to colleges", "Выбор специальностей для поступления в колледжи"),
  ("Orta ixtisas təhsili müəssisələrinə qəbul üçün ixtisasları onlayn seçirsiniz.",
   "Choose programmes online for admission to vocational colleges.",
   "Вы онлайн выбираете специальности для поступления в колледжи."),
  "education|study|c|e|p|0|-|id,exam|nk_exam|dec")
S("DIM", ("Sınaq imtahanlarına qeydiyyat", "Registration for mock exams", "Регистрация на пробные экзамены"),
  ("Qəbul imtahanına hazırlıq üçün ödənişli sınaq imtahanlarına qeydiyyatdan keçirsiniz.",
   "Register for paid mock exams to prepare for the admission exam.",
   "Вы регистрируетесь на платные пробные экзамены для подготовки к вступительному экзамену."),
  "education|study|c|i|o|exam|-|id|nk_exam|reg")
S("DIM", ("İmtahana buraxılış vərəqəsinin çap edilməsi", "Printing the exam admission pass", "Печать пропуска на экзамен"),
  ("İmtahana gəlmək üçün zəruri olan buraxılış vərəqəsini onlayn çap edirsiniz.",
   "Print online the admission pass you need to enter the exam.",
   "Вы онлайн распечатываете пропуск, необходимый для допуска на экзамен."),
  "education|study|c|e|p|0|-|exam|nk_exam|doc")
S("DIM", ("Əcnəbilərin ali təhsil müəssisələrinə qəbulu üçün müraciət", "Application for admission of foreigners to higher education", "Заявление о приёме иностранцев в вузы"),
  ("Əcnəbi abituriyentlər Azərbaycan universitetlərinə qəbul üçün sənədlərini təqdim edir.",
   "Foreign applicants submit their documents for admission to Azerbaijani universities.",
   "Иностранные абитуриенты подают документы для поступления в вузы Азербайджана."),
  "education|study abroad|f|d|o|0|30|fpass,diploma,photo|nk_exam|dec")
S("DIM", ("Müəllimlərin diaqnostik qiymətləndirilməsinə qeydiyyat", "Registration for the diagnostic assessment of teachers", "Регистрация на диагностическое оценивание учителей"),
  ("Müəllimlərin diaqnostik qiymətləndirilməsinin qaydaları, vaxtı və qeydiyyat şərtləri barədə məlumat.",
   "Information on the rules, dates and registration conditions of the diagnostic assessment of teachers.",
   "Информация о правилах, сроках и условиях регистрации на диагностическое оценивание учителей."),
  "education|-|c|i|o|0|-|id|nk_exam,educ|reg")
S("DIM", ("Xarici dil biliyinin qiymətləndirilməsi imtahanına qeydiyyat", "Registration for the foreign-language proficiency exam", "Регистрация на экзамен по оценке знания иностранного языка"),
  ("Xarici dil biliyinizi təsdiq edən imtahana yazılır və sertifikat alırsınız.",
   "Sign up for an exam certifying your foreign-language skills and receive a certificate.",
   "Вы записываетесь на экзамен, подтверждающий знание иностранного языка, и получаете сертификат."),
  "education|study|c|d|o|exam|-|id|nk_exam|reg")
S("DIM", ("Qəbul imtahanları üzrə test nümunələri və nəşrlər", "Sample test items and publications for admission exams", "Образцы тестовых заданий и издания для вступительных экзаменов"),
  ("İmtahana hazırlıq üçün test nümunələri, proqramlar və vəsaitlərlə tanış olursunuz.",
   "See sample tests, syllabuses and study materials to prepare for the exam.",
   "Вы знакомитесь с образцами тестов, программами и пособиями для подготовки к экзамену."),
  "education|study|c|i|p|0|-|-|nk_exam|info")
S("DIM", ("İmtahan nəticələri barədə arayışın verilməsi", "Certificate of exam results", "Справка о результатах экзаменов"),
  ("İmtahan nəticələrinizi təsdiq edən QR kodlu elektron arayışı alırsınız.",
   "Get an electronic certificate with a QR code confirming your exam results.",
   "Вы получаете электронную справку с QR-кодом, подтверждающую результаты экзаменов."),
  "education|study|c|e|p|0|-|exam|nk_exam,nk_digital|eref")
S("DIM", ("Hərbi təhsil müəssisələrinə qəbul üçün qeydiyyat", "Registration for admission to military educational institutions", "Регистрация для поступления в военные учебные заведения"),
  ("Hərbi liseylərə və ali hərbi məktəblərə qəbul üçün qeydiyyatdan keçirsiniz.",
   "Register for admission to military lyceums and military academies.",
   "Вы регистрируетесь для поступления в военные лицеи и высшие военные училища."),
  "education|study army|c|d|o|0|-|id,school,med|nk_exam|reg")
S("DIM", ("Sağlamlıq imkanları məhdud abituriyentlər üçün xüsusi imtahan şəraiti", "Special exam conditions for applicants with disabilities", "Особые условия экзамена для абитуриентов с ограниченными возможностями здоровья"),
  ("Əlilliyi olan abituriyentlər əlavə vaxt və uyğunlaşdırılmış imtahan otağı üçün müraciət edir.",
   "Applicants with disabilities apply for extra time and an adapted exam room.",
   "Абитуриенты с инвалидностью подают заявку на дополнительное время и адаптированную аудиторию."),
  "education|disab study|c|d|o|0|10|id,disab|nk_exam|dec")
S("DIM", ("İmtahan haqqının onlayn ödənilməsi", "Online payment of exam fees", "Онлайн-оплата экзаменационных сборов"),
  ("Ödənişli imtahanlar üçün haqqı bank kartı ilə onlayn ödəyirsiniz.",
   "Pay the fee for paid exams online by bank card.",
   "Вы онлайн оплачиваете сбор за платные экзамены банковской картой."),
  "education|study|c|e|pm|exam|-|exam|nk_exam|pay")
S("DIM", ("Qəbul planı və keçid balları barədə məlumat", "Information on admission quotas and pass scores", "Информация о плане приёма и проходных баллах"),
  ("Universitetlər üzrə qəbul planını və əvvəlki illərin keçid ballarını görürsünüz.",
   "See admission quotas by university and the pass scores of previous years.",
   "Вы видите план приёма по вузам и проходные баллы прошлых лет."),
  "education|study|c|i|p|0|-|-|nk_exam|info", kw=("keçid balı", "pass score; cut-off score", "проходной балл"))

# ============================================================================================
# DMX – State Migration Service
# ============================================================================================
S("DMX", ("Əcnəbilərin və vətəndaşlığı olmayan şəxslərin olduğu yer üzrə qeydiyyata alınması", "Registration of foreigners and stateless persons at the place of stay", "Регистрация иностранцев и лиц без гражданства по месту пребывания"),
  ("Ölkəyə gələn əcnəbi müəyyən müddətdən artıq qaldıqda olduğu yer üzrə onlayn qeydiyyatdan keçir.",
   "Foreigners staying in the country beyond the set period register their place of stay online.",
   "Иностранец, находящийся в стране дольше установленного срока, онлайн регистрируется по месту пребывания."),
  "migration|abroad|f|e|p|0|3|fpass,prop|migr|reg", top=1, kw=("miqrasiya qeydiyyatı; əcnəbi qeydiyyatı", "migration registration; foreigner registration", "миграционная регистрация"))
S("DMX", ("Daimi yaşamaq üçün icazənin verilməsi", "Issuance of a permanent residence permit", "Выдача разрешения на постоянное проживание"),
  ("Müvəqqəti yaşamaq icazəsi ilə müəyyən müddət yaşamış əcnəbilər daimi yaşamaq icazəsinə müraciət edir.",
   "Foreigners who have lived in the country with a temporary permit for the required time apply for permanent residence.",
   "Иностранцы, прожившие установленный срок по временному разрешению, подают заявку на постоянное проживание."),
  "migration|abroad|f|d|o|permit|30|fpass,photo,med,stay|migr|doc", kw=("DYİ; daimi yaşayış", "permanent residence", "ПМЖ; постоянное проживание"))
S("DMX", ("Əcnəbilərə iş icazəsinin verilməsi", "Issuance of work permits to foreigners", "Выдача разрешений на работу иностранцам"),
  ("İşəgötürən əcnəbi mütəxəssisi işə götürmək üçün iş icazəsinə onlayn müraciət edir.",
   "Employers apply online for a work permit to hire a foreign specialist.",
   "Работодатель подаёт онлайн-заявку на разрешение на работу для иностранного специалиста."),
  "migration|run|bf|o|p|workpermit|20|fpass,ediploma,contract,legreg|migr,labourcode|doc", top=1,
  kw=("iş icazəsi; əcnəbi işçi", "work permit", "разрешение на работу"))
S("DMX", ("Yaşamaq üçün icazə vəsiqəsinin dublikatının verilməsi", "Issuance of a duplicate residence permit card", "Выдача дубликата карты вида на жительство"),
  ("İtirilmiş və ya yararsız hala düşmüş yaşamaq icazəsi vəsiqəsinin dublikatını alırsınız.",
   "Obtain a duplicate of a lost or damaged residence permit card.",
   "Вы получаете дубликат утерянной или испорченной карты вида на жительство."),
  "migration|-|f|d|o|permit|10|fpass,photo|migr|doc")
S("DMX", ("Qaçqın statusunun verilməsi üçün müraciət", "Application for refugee status", "Заявление о предоставлении статуса беженца"),
  ("Təqib təhlükəsi ilə üzləşən əcnəbilər Azərbaycanda qaçqın statusu üçün müraciət edə bilər.",
   "Foreigners facing persecution may apply for refugee status in Azerbaijan.",
   "Иностранцы, которым угрожает преследование, могут подать заявление о статусе беженца в Азербайджане."),
  "migration|-|f|i|o|0|90|fpass,appp|migr,idp|dec")
S("DMX", ("Miqrasiya qaydalarının pozulmasına görə cərimənin ödənilməsi", "Payment of fines for breaches of migration rules", "Оплата штрафов за нарушение миграционных правил"),
  ("Qeydiyyat və qalma müddəti qaydalarının pozulmasına görə tətbiq edilmiş cəriməni onlayn ödəyirsiniz.",
   "Pay online a fine imposed for breaching registration or stay rules.",
   "Вы онлайн оплачиваете штраф за нарушение правил регистрации и сроков пребывания."),
  "migration|-|fb|e|p|amount|-|fpass|admin|pay")

# ============================================================================================
# DGK – State Customs Committee
# ============================================================================================
S("DGK", ("Poçt göndərişləri ilə daxil olan malların elektron bəyan edilməsi (Smart Customs)", "Electronic declaration of goods arriving by post (Smart Customs)", "Электронное декларирование товаров, поступающих почтой (Smart Customs)"),
  ("Xaricdən sifariş etdiyiniz bağlamaları mobil tətbiqdə bəyan edir, rüsum düşərsə onlayn ödəyirsiniz.",
   "Declare parcels you ordered from abroad in the mobile app and pay any duty online.",
   "Вы декларируете заказанные из-за рубежа посылки в мобильном приложении и онлайн оплачиваете пошлину, если она начислена."),
  "customs|-|c|e|pm|customs|-|id,invoice|customs|reg", top=1,
  kw=("bağlama bəyanı; smart customs; xaricdən sifariş", "parcel declaration; online shopping customs", "декларирование посылок; таможня посылки"))
S("DGK", ("Gömrük ödənişlərinin onlayn ödənilməsi", "Online payment of customs duties", "Онлайн-оплата таможенных платежей"),
  ("Gömrük rüsumlarını, vergiləri və yığımları bank kartı ilə onlayn ödəyirsiniz.",
   "Pay customs duties, taxes and charges online by bank card.",
   "Вы онлайн оплачиваете таможенные пошлины, налоги и сборы банковской картой."),
  "customs|-|cb|e|pm|customs|-|id|customs|pay")
S("DGK", ("Xarici iqtisadi fəaliyyət iştirakçısı kimi uçota alınma", "Registration as a foreign-trade operator", "Постановка на учёт в качестве участника внешнеэкономической деятельности"),
  ("İdxal-ixrac əməliyyatları aparmaq üçün gömrük orqanında elektron uçota alınırsınız.",
   "Register electronically with customs to carry out import and export operations.",
   "Вы в электронном виде встаёте на учёт в таможенном органе для осуществления импортно-экспортных операций."),
  "customs|start|b|e|p|0|3|voen,legreg|customs|reg")
S("DGK", ("Malların təsnifatı üzrə ilkin qərarın verilməsi", "Advance ruling on the tariff classification of goods", "Предварительное решение по классификации товаров"),
  ("İdxal etmək istədiyiniz malın gömrük kodunu əvvəlcədən müəyyən etdirirsiniz.",
   "Have the customs code of goods you plan to import determined in advance.",
   "Вы заранее получаете определение таможенного кода товара, который планируете ввезти."),
  "customs|run|b|d|o|0|30|voen,techdocs|customs|dec")
S("DGK", ("Səlahiyyətli iqtisadi operator statusunun verilməsi", "Granting of authorised economic operator (AEO) status", "Предоставление статуса уполномоченного экономического оператора"),
  ("Etibarlı şirkətlər sadələşdirilmiş gömrük prosedurlarından istifadə üçün status alır.",
   "Reliable companies obtain a status allowing simplified customs procedures.",
   "Надёжные компании получают статус, позволяющий пользоваться упрощёнными таможенными процедурами."),
  "customs|run|b|d|o|0|90|voen,fin,legreg|customs|dec")
S("DGK", ("Gömrük anbarları sahiblərinin reyestrinə daxil edilmə", "Entry into the register of customs warehouse owners", "Включение в реестр владельцев таможенных складов"),
  ("Gömrük və müvəqqəti saxlanc anbarı açmaq istəyən şirkətlər reyestrə daxil edilmək üçün müraciət edir.",
   "Companies wishing to operate a customs or temporary-storage warehouse apply to be entered in the register.",
   "Компании, желающие открыть таможенный склад или склад временного хранения, подают заявку на включение в реестр."),
  "customs|start|b|d|o|0|30|voen,prop,plan|customs|reg")
S("DGK", ("Gömrük təmsilçisi (broker) kimi fəaliyyət üçün icazə", "Permit to act as a customs representative (broker)", "Разрешение на деятельность таможенного представителя (брокера)"),
  ("Başqalarının adından gömrük rəsmiləşdirməsi aparmaq üçün icazəyə müraciət edirsiniz.",
   "Apply for a permit to carry out customs clearance on behalf of others.",
   "Вы подаёте заявку на разрешение на таможенное оформление от имени других лиц."),
  "customs|start|b|d|o|licence|30|voen,licdocs|customs|dec")
S("DGK", ("Fiziki şəxslərin gətirdiyi nəqliyyat vasitələrinin gömrük rəsmiləşdirilməsi", "Customs clearance of vehicles imported by individuals", "Таможенное оформление транспортных средств, ввезённых физическими лицами"),
  ("Xaricdən aldığınız avtomobili gömrükdən keçirir, rüsumları ödəyərək qeydiyyat üçün sənəd alırsınız.",
   "Clear a car you bought abroad through customs, pay the duties and receive the documents for registration.",
   "Вы проводите через таможню купленный за рубежом автомобиль, оплачиваете пошлины и получаете документы для регистрации."),
  "customs|car|c|o|pao|customs|3|id,invoice,techdocs|customs|dec", top=1,
  kw=("maşın gömrüyü; avtomobil rəsmiləşdirilməsi", "car import customs", "растаможка авто"))
S("DGK", ("Gömrük ödənişləri kalkulyatoru", "Customs duty calculator", "Калькулятор таможенных платежей"),
  ("Avtomobil və ya mal üzrə ödəniləcək gömrük rüsumu və vergiləri əvvəlcədən hesablayırsınız.",
   "Estimate in advance the customs duties and taxes on a car or goods.",
   "Вы заранее рассчитываете таможенные пошлины и налоги на автомобиль или товар."),
  "customs|car|cb|i|p|0|-|-|customs|info", kw=("gömrük kalkulyatoru", "customs calculator", "таможенный калькулятор"))
S("DGK", ("Sərhədi keçən sərnişinlər üçün gömrük qaydaları barədə məlumat", "Information on customs rules for travellers", "Информация о таможенных правилах для пассажиров"),
  ("Rüsumsuz gətirilə bilən malların həddini, nağd pulun bəyan edilməsi qaydalarını öyrənirsiniz.",
   "Find out the duty-free allowances and the rules for declaring cash.",
   "Вы узнаёте нормы беспошлинного ввоза и правила декларирования наличных денег."),
  "customs|abroad|cf|i|p|0|-|-|customs|info")
S("DGK", ("Gömrük orqanlarının qərarlarından şikayət", "Appeal against decisions of customs authorities", "Обжалование решений таможенных органов"),
  ("Gömrük orqanının qərarı və ya hərəkəti ilə razılaşmadıqda şikayət verirsiniz.",
   "If you disagree with a customs decision or action, file a complaint.",
   "Если вы не согласны с решением или действием таможенного органа, вы подаёте жалобу."),
  "customs|-|cb|d|o|0|30|id,complaint|customs,appeals|dec")

# ============================================================================================
# DSK, EMA, AZSTAND
# ============================================================================================
S("DSK", ("Statistik registrdən arayışın verilməsi", "Certificate from the statistical business register", "Справка из статистического регистра"),
  ("Müəssisənin statistik kodlarını (fəaliyyət növü, mülkiyyət forması) göstərən arayışı alırsınız.",
   "Get a certificate of your enterprise's statistical codes (activity, form of ownership).",
   "Вы получаете справку со статистическими кодами предприятия (вид деятельности, форма собственности)."),
  "statistics|start|b|e|p|0|3|voen|nk_stat|eref")
S("DSK", ("Statistik hesabat formaları və doldurulma qaydaları", "Statistical reporting forms and instructions", "Формы статистической отчётности и инструкции по заполнению"),
  ("Müəssisənizin təqdim etməli olduğu hesabat formalarını və onların doldurulma qaydalarını yükləyirsiniz.",
   "Download the report forms your enterprise must submit and the instructions for filling them in.",
   "Вы скачиваете формы отчётности, которые должно представлять ваше предприятие, и инструкции по их заполнению."),
  "statistics|run|b|d|p|0|-|-|nk_stat|info", form="https://stat.gov.az/menu/2/")
S("DSK", ("Əhalinin siyahıyaalınmasının nəticələri barədə məlumat", "Population census results", "Итоги переписи населения"),
  ("Siyahıyaalmanın nəticələrini ərazi, yaş və təhsil üzrə cədvəllərdə görürsünüz.",
   "See census results in tables by territory, age and education.",
   "Вы видите итоги переписи в таблицах по территориям, возрасту и образованию."),
  "statistics|-|cbf|i|p|0|-|-|nk_stat,info|info")

S("EMA", ("Müəlliflik hüququ obyektlərinin dövlət qeydiyyatı", "State registration of copyright works", "Государственная регистрация объектов авторского права"),
  ("Kitab, musiqi, proqram təminatı və digər əsərlər üzrə müəllifliyinizi dövlət reyestrində qeydiyyata aldırırsınız.",
   "Register your authorship of a book, music, software or other work in the state register.",
   "Вы регистрируете своё авторство на книгу, музыку, программу или другое произведение в государственном реестре."),
  "intellectual_property|-|cb|d|o|patent|15|id,app|copyright|reg", kw=("müəllif hüququ; kopirayt", "copyright registration", "авторское право"))
S("EMA", ("Əmtəə nişanları reyestrində axtarış", "Trademark register search", "Поиск в реестре товарных знаков"),
  ("Yeni brend adı seçməzdən əvvəl oxşar əmtəə nişanlarının qeydiyyatda olub-olmadığını yoxlayırsınız.",
   "Before choosing a new brand name, check whether similar trademarks are already registered.",
   "Перед выбором нового названия бренда вы проверяете, не зарегистрированы ли похожие товарные знаки."),
  "intellectual_property|start|cb|e|p|0|-|-|tm|info")
S("EMA", ("Patent rüsumlarının onlayn ödənilməsi", "Online payment of patent fees", "Онлайн-оплата патентных пошлин"),
  ("Patent və əmtəə nişanı üzrə illik və digər rüsumları onlayn ödəyirsiniz.",
   "Pay annual and other patent and trademark fees online.",
   "Вы онлайн оплачиваете ежегодные и другие пошлины по патентам и товарным знакам."),
  "intellectual_property|run|cb|e|p|patent|-|app|patent,tm|pay")

S("AZSTAND", ("Məhsulların uyğunluğunun sertifikatlaşdırılması", "Product conformity certification", "Сертификация соответствия продукции"),
  ("İstehsalçı və idxalçılar məhsulun standartlara uyğunluğunu təsdiq edən sertifikat alır.",
   "Manufacturers and importers obtain a certificate that a product meets the standards.",
   "Производители и импортёры получают сертификат соответствия продукции стандартам."),
  "business|run|b|d|o|tariff|15|legreg,techdocs,lab|nk_standard|doc")
S("AZSTAND", ("Ölçmə vasitələrinin qiymətləndirilməsi (yoxlanılması)", "Verification of measuring instruments", "Поверка средств измерений"),
  ("Tərəzi, sayğac və digər ölçmə vasitələrinin dəqiqliyinin yoxlanılması üçün sifariş verirsiniz.",
   "Order verification of the accuracy of scales, meters and other measuring instruments.",
   "Вы заказываете поверку точности весов, счётчиков и других средств измерений."),
  "business|run|b|o|p|tariff|10|voen,techdocs|nk_standard|doc")

# ============================================================================================
# QMKDK – State Committee for Refugees and IDPs
# ============================================================================================
S("QMKDK", ("Məcburi köçkün statusu barədə arayış (e-arayış)", "Certificate of IDP status (e-reference)", "Справка о статусе вынужденного переселенца (электронная)"),
  ("Məcburi köçkün statusunuzu təsdiq edən elektron arayışı dərhal alırsınız.",
   "Get at once an electronic certificate confirming your IDP status.",
   "Вы сразу получаете электронную справку, подтверждающую статус вынужденного переселенца."),
  "social_protection|-|c|e|pm|0|-|id,idp|idp,nk_digital|eref", top=1, kw=("köçkün arayışı; məcburi köçkün", "IDP certificate", "справка беженца; вынужденный переселенец"))
S("QMKDK", ("Məcburi köçkünlərə aylıq müavinətin təyin edilməsi", "Assignment of the monthly allowance for IDPs", "Назначение ежемесячного пособия вынужденным переселенцам"),
  ("Məcburi köçkün ailələrinə aylıq müavinət təyin edilir və kartlarına köçürülür.",
   "A monthly allowance is assigned to IDP families and paid to their cards.",
   "Семьям вынужденных переселенцев назначается ежемесячное пособие, которое перечисляется на карты."),
  "social_protection|-|c|d|ao|0|15|id,idp,family,bank|idp,nk_idp|pay")
S("QMKDK", ("Məcburi köçkünlərin yeni yaşayış sahəsinə köçürülməsi üçün müraciət", "Application for resettlement of IDPs to new housing", "Заявление на переселение вынужденных переселенцев в новое жильё"),
  ("Müvəqqəti məskunlaşma yerlərində yaşayan ailələr yeni tikilmiş mənzillərə köçürülmək üçün müraciət edir.",
   "Families in temporary settlements apply to be moved to newly built housing.",
   "Семьи, живущие в местах временного поселения, подают заявление на переселение в новое жильё."),
  "housing|move|c|d|ao|0|30|id,idp,family,appp|idp,nk_idp|dec")
S("QMKDK", ("İşğaldan azad edilmiş ərazilərə qayıdış üçün qeydiyyat", "Registration for return to the liberated territories", "Регистрация для возвращения на освобождённые территории"),
  ("Doğma yurduna qayıtmaq istəyən ailələr qayıdış proqramı üzrə onlayn qeydiyyatdan keçir.",
   "Families wishing to return to their home areas register online for the return programme.",
   "Семьи, желающие вернуться в родные места, онлайн регистрируются в программе возвращения."),
  "housing|move|c|o|pa|0|30|id,idp,family|idp,nk_idp|reg", top=1, kw=("Böyük Qayıdış; qayıdış", "Great Return; return programme", "Великое возвращение"))
S("QMKDK", ("Məcburi köçkünlərin kommunal xərclərinin dövlət tərəfindən ödənilməsi barədə məlumat", "Information on state payment of IDPs' utility costs", "Информация об оплате государством коммунальных расходов переселенцев"),
  ("Hansı kommunal xərclərin dövlət hesabına ödənildiyini və limitləri öyrənirsiniz.",
   "Find out which utility costs are paid by the state and the limits.",
   "Вы узнаёте, какие коммунальные расходы оплачивает государство, и какие действуют лимиты."),
  "utilities|-|c|i|p|0|-|-|nk_idp|info")
S("QMKDK", ("Məcburi köçkün ailəsinin tərkibində dəyişikliklərin qeydə alınması", "Recording changes in the composition of an IDP family", "Учёт изменений в составе семьи вынужденного переселенца"),
  ("Ailədə doğum, nikah və ya ölüm olduqda köçkün ailəsinin tərkibi yenilənir.",
   "When there is a birth, marriage or death in the family, the IDP family record is updated.",
   "При рождении, браке или смерти в семье данные о составе семьи переселенца обновляются."),
  "social_protection|birth family death|c|d|ao|0|15|id,idp,birth,marr|idp|reg")
S("QMKDK", ("Məcburi köçkünlər üçün özünüməşğulluq və işlə təminat proqramları", "Self-employment and job programmes for IDPs", "Программы самозанятости и трудоустройства для вынужденных переселенцев"),
  ("Köçkünlər üçün mikrokreditlər, təlimlər və işlə təminat proqramları barədə məlumat.",
   "Information on microloans, training and job programmes for IDPs.",
   "Информация о микрокредитах, обучении и программах трудоустройства для переселенцев."),
  "employment|jobless|c|i|p|0|-|-|nk_idp|info")

# ============================================================================================
# MIDA, ESF, MDN, ETN
# ============================================================================================
S("MIDA", ("Güzəştli şərtlərlə mənzil almaq üçün müraciət", "Application to buy a flat on preferential terms", "Заявка на покупку квартиры на льготных условиях"),
  ("MİDA-nın tikdiyi mənzillərdən güzəştli qiymətlə və ya güzəştli ipoteka ilə almaq üçün onlayn müraciət edirsiniz.",
   "Apply online to buy a flat built by MİDA at a preferential price or with a preferential mortgage.",
   "Вы онлайн подаёте заявку на покупку квартиры, построенной MİDA, по льготной цене или с льготной ипотекой."),
  "housing|buy family|c|e|p|0|30|id,family,sia|nk_housing|dec", top=1,
  kw=("MİDA mənzil; güzəştli mənzil; ipoteka", "affordable housing; MIDA flat", "льготная квартира; МИДА"))
S("MIDA", ("MİDA mənzillərinin icarə ilə satınalma üsulu ilə əldə edilməsi", "Acquiring MİDA flats by rent-to-own", "Приобретение квартир MİDA по схеме аренды с выкупом"),
  ("Mənzili əvvəlcə icarəyə götürür, icarə haqlarını ödədikcə mülkiyyətə alırsınız.",
   "Rent a flat first and acquire it as your property as you pay the rent.",
   "Вы сначала арендуете квартиру и по мере внесения платежей получаете её в собственность."),
  "housing|buy family|c|e|p|0|30|id,family,sia|nk_housing|dec")
S("MIDA", ("Mənzil almaq hüququnun yoxlanılması", "Eligibility check for buying a MİDA flat", "Проверка права на покупку квартиры MİDA"),
  ("Mənzil almaq üçün tələblərə (mülkiyyətdə mənzil olmaması və s.) uyğun olub-olmadığınızı avtomatik yoxlayırsınız.",
   "Check automatically whether you meet the conditions (no flat already owned, etc.) to buy a flat.",
   "Вы автоматически проверяете, соответствуете ли условиям покупки (отсутствие квартиры в собственности и др.)."),
  "housing|buy|c|e|p|0|-|id,prop,family|nk_housing|info")
S("MIDA", ("Mənzilin alqı-satqı müqaviləsinin elektron imzalanması", "Electronic signing of the flat purchase agreement", "Электронное подписание договора купли-продажи квартиры"),
  ("Seçdiyiniz mənzil üzrə alqı-satqı müqaviləsini ASAN İmza ilə onlayn imzalayırsınız.",
   "Sign the purchase agreement for the chosen flat online with ASAN İmza.",
   "Вы онлайн подписываете договор купли-продажи выбранной квартиры с помощью ASAN İmza."),
  "housing|buy|c|e|p|0|5|id,contract|nk_housing,esign|doc")
S("MIDA", ("MİDA layihələri və satış elanları barədə məlumat", "Information on MİDA housing projects and sales", "Информация о проектах и продажах MİDA"),
  ("Tikilən yaşayış kompleksləri, mənzil qiymətləri və növbəti satış mərhələləri ilə tanış olursunuz.",
   "See the housing complexes under construction, flat prices and the next sales rounds.",
   "Вы знакомитесь со строящимися жилыми комплексами, ценами квартир и следующими этапами продаж."),
  "housing|buy|c|i|p|0|-|-|nk_housing|info")

S("ESF", ("Əmanətin kompensasiyasının ödənilməsi üçün müraciət", "Claim for deposit compensation", "Заявление на выплату компенсации по вкладу"),
  ("Lisenziyası ləğv edilmiş bankdakı sığortalanmış əmanətiniz üzrə kompensasiya almaq üçün müraciət edirsiniz.",
   "Claim compensation for your insured deposit in a bank whose licence was revoked.",
   "Вы подаёте заявление на компенсацию застрахованного вклада в банке с отозванной лицензией."),
  "finance|-|c|d|ao|0|20|id,deposit,bank|nk_deposit,civil|pay", kw=("əmanət kompensasiyası; bank bağlandı", "deposit insurance; bank closed", "страхование вкладов; компенсация вклада"))
S("ESF", ("Sığortalanan əmanətlər və kompensasiya məbləği barədə məlumat", "Information on insured deposits and compensation amounts", "Информация о застрахованных вкладах и размере компенсации"),
  ("Hansı əmanətlərin sığortalandığını və kompensasiyanın maksimum məbləğini öyrənirsiniz.",
   "Find out which deposits are insured and the maximum compensation.",
   "Вы узнаёте, какие вклады застрахованы, и максимальный размер компенсации."),
  "finance|-|c|i|p|0|-|-|nk_deposit|info")
S("ESF", ("Kompensasiya ödənişinin vəziyyəti barədə sorğu", "Enquiry on the status of a compensation payment", "Запрос о статусе выплаты компенсации"),
  ("FİN ilə kompensasiya müraciətinizin və ödənişin vəziyyətini onlayn yoxlayırsınız.",
   "Check online by FIN the status of your compensation claim and payment.",
   "Вы онлайн проверяете по ФИН статус заявления и выплаты компенсации."),
  "finance|-|c|e|p|0|-|id|nk_deposit|info")

S("MDN", ("Teatr və muzeylərə biletlərin onlayn alınması", "Online tickets for theatres and museums", "Онлайн-билеты в театры и музеи"),
  ("Dövlət teatrlarının tamaşalarına və muzeylərə biletləri onlayn alırsınız.",
   "Buy tickets for state theatre performances and museums online.",
   "Вы онлайн покупаете билеты на спектакли государственных театров и в музеи."),
  "culture|-|cf|e|pm|ticket|-|-|culture|pay", kw=("teatr bileti; muzey bileti", "theatre tickets; museum tickets", "билеты в театр"))
S("MDN", ("Tarix və mədəniyyət abidələrinin mühafizə zonasında tikintinin razılaşdırılması", "Approval for construction in the protection zone of historical monuments", "Согласование строительства в охранной зоне памятников истории и культуры"),
  ("Abidənin yaxınlığında tikinti və ya təmir üçün nazirliyin razılığını alırsınız.",
   "Obtain the ministry's approval for construction or repair near a monument.",
   "Вы получаете согласие министерства на строительство или ремонт вблизи памятника."),
  "culture|-|cb|d|o|0|30|land,project,plan|monuments,urban|dec")
S("MDN", ("Mədəni sərvətlərin ölkədən çıxarılmasına icazə", "Permit to take cultural property out of the country", "Разрешение на вывоз культурных ценностей из страны"),
  ("Əntiq əşya, rəsm və ya digər mədəni sərvəti xaricə aparmaq üçün ekspertiza və icazə alırsınız.",
   "Get an expert assessment and permit to take an antique, painting or other cultural item abroad.",
   "Вы получаете экспертизу и разрешение на вывоз антиквариата, картины или другой культурной ценности за рубеж."),
  "culture|abroad|cf|d|o|tariff|10|id,techdocs|nk_culture,culture|dec")
S("MDN", ("Xalçaların ölkədən çıxarılması üçün sertifikatın verilməsi", "Certificate for taking carpets out of the country", "Сертификат на вывоз ковров из страны"),
  ("Aldığınız xalçanın ölkədən çıxarılması üçün ekspertiza keçirilir və sertifikat verilir.",
   "The carpet you bought is examined and a certificate for taking it out of the country is issued.",
   "Купленный вами ковёр проходит экспертизу, и выдаётся сертификат на его вывоз из страны."),
  "culture|abroad|cf|o|pa|tariff|5|id,receipt|nk_culture|doc", kw=("xalça sertifikatı; xalça çıxarmaq", "carpet export certificate", "вывоз ковра"))
S("MDN", ("Kitabxanaya onlayn qeydiyyat (elektron kitabxana)", "Online library registration (e-library)", "Онлайн-запись в библиотеку (электронная библиотека)"),
  ("Milli kitabxanaya onlayn oxucu kimi yazılır, elektron kitablara çıxış əldə edirsiniz.",
   "Register online as a reader of the national library and get access to e-books.",
   "Вы онлайн записываетесь читателем национальной библиотеки и получаете доступ к электронным книгам."),
  "culture|study|cf|e|p|0|-|id|culture|reg")
S("MDN", ("Yaradıcı kollektivlər və ifaçılar üçün qrant müsabiqələri", "Grant competitions for creative groups and artists", "Грантовые конкурсы для творческих коллективов и исполнителей"),
  ("Mədəniyyət layihəniz üçün dövlət qrantı almaq məqsədilə müsabiqəyə sənəd təqdim edirsiniz.",
   "Submit documents to a competition for a state grant for your cultural project.",
   "Вы подаёте документы на конкурс для получения государственного гранта на культурный проект."),
  "culture|-|cb|d|o|0|30|id,grant|culture|dec")
S("MDN", ("Mədəniyyət tədbirlərinin təqvimi", "Calendar of cultural events", "Календарь культурных мероприятий"),
  ("Konsert, sərgi, festival və tamaşaların təqvimini görürsünüz.",
   "See the calendar of concerts, exhibitions, festivals and performances.",
   "Вы видите календарь концертов, выставок, фестивалей и спектаклей."),
  "culture|-|cf|i|p|0|-|-|culture|info")
S("MDN", ("Uşaq musiqi və incəsənət məktəblərinə qəbul", "Admission to children's music and art schools", "Приём в детские музыкальные и художественные школы"),
  ("Uşağınızı musiqi, rəssamlıq və ya incəsənət məktəbinə qəbul üçün ərizə verirsiniz.",
   "Apply for your child's admission to a music, painting or art school.",
   "Вы подаёте заявление о приёме ребёнка в музыкальную, художественную школу или школу искусств."),
  "culture|study|c|d|o|0|10|birth,res|culture,educ|dec")

S("ETN", ("Təqaüd alınması barədə arayış (e-arayış)", "Certificate of receipt of a stipend (e-reference)", "Справка о получении стипендии (электронная)"),
  ("Tələbə təqaüdünün növünü və məbləğini təsdiq edən elektron arayışı alırsınız.",
   "Get an electronic certificate of the type and amount of your student stipend.",
   "Вы получаете электронную справку о виде и размере студенческой стипендии."),
  "education|study|c|e|pm|0|-|id,student|educ,nk_digital|eref", top=1, kw=("təqaüd arayışı; stipendiya", "stipend certificate; scholarship", "справка о стипендии"))
S("ETN", ("Təhsil haqqında sənədin dublikatının verilməsi", "Issuance of a duplicate education document", "Выдача дубликата документа об образовании"),
  ("İtirilmiş və ya yararsız hala düşmüş attestat və ya diplomun dublikatını alırsınız.",
   "Obtain a duplicate of a lost or damaged school certificate or diploma.",
   "Вы получаете дубликат утерянного или испорченного аттестата либо диплома."),
  "education|-|c|d|ao|duty|30|id,ediploma,appp|educ,nk_edu|doc")
S("ETN", ("Diplomun həqiqiliyinin yoxlanılması (e-diplom reyestri)", "Verification of diploma authenticity (e-diploma register)", "Проверка подлинности диплома (реестр e-diplom)"),
  ("İşəgötürən və ya siz diplomun nömrəsi ilə onun reyestrdə olub-olmadığını yoxlayırsınız.",
   "You or an employer check by its number whether a diploma is in the register.",
   "Вы или работодатель проверяете по номеру, внесён ли диплом в реестр."),
  "education|-|cb|e|p|0|-|-|educ|info", kw=("diplom yoxlamaq", "check diploma", "проверить диплом"))
S("ETN", ("Uşaq bağçasına qəbul üçün elektron qeydiyyat", "Electronic enrolment in a kindergarten", "Электронная запись в детский сад"),
  ("Uşağınızı yaxınlıqdakı dövlət uşaq bağçasına qəbul üçün onlayn növbəyə yazırsınız.",
   "Put your child on the online waiting list for a nearby public kindergarten.",
   "Вы онлайн ставите ребёнка в очередь в ближайший государственный детский сад."),
  "education|birth|c|e|pm|0|30|birth,res|educ|dec", top=1, kw=("bağça; uşaq bağçası; bağçaya yazılmaq", "kindergarten; nursery; preschool", "детский сад; садик"))
S("ETN", ("Xaricdə təhsil üzrə dövlət proqramına müraciət", "Application to the state study-abroad programme", "Заявка на государственную программу обучения за рубежом"),
  ("Xarici universitetə qəbul olmuş tələbələr təhsil xərclərinin dövlət tərəfindən ödənilməsi üçün müraciət edir.",
   "Students admitted to a foreign university apply to have their study costs paid by the state.",
   "Студенты, поступившие в зарубежный вуз, подают заявку на оплату обучения государством."),
  "education|study abroad|c|d|o|0|60|id,diploma,cv|educ|dec")
S("ETN", ("Tələbələrin bir ali təhsil müəssisəsindən digərinə köçürülməsi", "Transfer of students between universities", "Перевод студентов из одного вуза в другой"),
  ("Başqa universitetə və ya ixtisasa keçmək üçün ərizə verirsiniz; köçürmə semestrlər arası aparılır.",
   "Apply to move to another university or programme; transfers take place between semesters.",
   "Вы подаёте заявление о переводе в другой вуз или на другую специальность; перевод проводится между семестрами."),
  "education|study|c|d|ao|0|30|id,student,appp|educ|dec")
S("ETN", ("Özəl təhsil müəssisələrinə lisenziyanın verilməsi", "Licence for private educational institutions", "Лицензия для частных образовательных учреждений"),
  ("Özəl məktəb, kollec və ya kurs açmaq üçün təhsil fəaliyyətinə lisenziya alırsınız.",
   "Obtain an educational-activity licence to open a private school, college or training centre.",
   "Вы получаете лицензию на образовательную деятельность для открытия частной школы, колледжа или курсов."),
  "education|start|b|e|p|licence|30|legreg,licdocs,prop|educ,nk_licence|dec", url="https://www.lisenziya.gov.az")
S("ETN", ("Şagirdlərin bir məktəbdən digərinə keçirilməsi", "Transfer of pupils between schools", "Перевод учащихся из одной школы в другую"),
  ("Köçdükdə və ya başqa səbəbdən uşağınızı başqa məktəbə keçirmək üçün ərizə verirsiniz.",
   "Apply to move your child to another school when you move house or for another reason.",
   "Вы подаёте заявление о переводе ребёнка в другую школу при переезде или по другой причине."),
  "education|move study|c|d|o|0|5|birth,res,school|educ|dec")
S("ETN", ("Evdə təhsil üçün müraciət", "Application for home schooling", "Заявление на обучение на дому"),
  ("Sağlamlıq səbəbindən məktəbə gedə bilməyən şagirdlər üçün evdə təhsil təşkil edilir.",
   "Home schooling is arranged for pupils who cannot attend school for health reasons.",
   "Для учащихся, которые по состоянию здоровья не могут посещать школу, организуется обучение на дому."),
  "education|disab study|c|d|ao|0|15|birth,medrec,appp|educ|dec")
S("ETN", ("Tələbə krediti üçün müraciət", "Application for a student loan", "Заявка на студенческий кредит"),
  ("Təhsil haqqını ödəmək üçün güzəştli tələbə kreditinə onlayn müraciət edirsiniz.",
   "Apply online for a concessional student loan to pay tuition fees.",
   "Вы онлайн подаёте заявку на льготный студенческий кредит для оплаты обучения."),
  "education|study|c|e|p|0|15|id,student,bank|educ|dec", kw=("tələbə krediti; təhsil haqqı", "student loan; tuition", "студенческий кредит"))
S("ETN", ("Peşə təhsili müəssisələrinə qəbul", "Admission to vocational schools", "Приём в профессиональные учебные заведения"),
  ("Peşə liseyləri və peşə təhsil mərkəzlərinə qəbul üçün ərizə verirsiniz.",
   "Apply for admission to vocational lyceums and training centres.",
   "Вы подаёте заявление на поступление в профессиональные лицеи и центры."),
  "education|study|c|d|o|0|15|id,school|educ|dec")
S("ETN", ("Elektron məktəb: şagirdin qiymətləri və davamiyyəti", "E-school: pupils' marks and attendance", "Электронная школа: оценки и посещаемость учащихся"),
  ("Valideynlər uşağın qiymətlərini, davamiyyətini və ev tapşırıqlarını onlayn görür.",
   "Parents see their child's marks, attendance and homework online.",
   "Родители онлайн видят оценки, посещаемость и домашние задания ребёнка."),
  "education|study|c|e|pm|0|-|birth,school|educ|info", kw=("elektron jurnal; e-məktəb", "school grades; e-diary", "электронный дневник"))

# ============================================================================================
# FHN, ETSN, MAN, XIN, GIN, SAK, ENN
# ============================================================================================
S("FHN", ("Yanğın təhlükəsizliyi tələblərinə uyğunluq barədə rəyin verilməsi", "Fire-safety compliance opinion", "Заключение о соответствии требованиям пожарной безопасности"),
  ("Obyektinizin yanğın təhlükəsizliyi qaydalarına uyğunluğu yoxlanılır və rəy verilir.",
   "Your premises are inspected against fire-safety rules and an opinion is issued.",
   "Ваш объект проверяется на соответствие правилам пожарной безопасности, и выдаётся заключение."),
  "emergencies|start|b|d|o|0|15|legreg,project|fire|dec")
S("FHN", ("Liftlərin və təzyiq altında işləyən avadanlığın qeydiyyata alınması", "Registration of lifts and pressure equipment", "Регистрация лифтов и оборудования под давлением"),
  ("Yeni quraşdırılmış lift, qazan və ya təzyiq altında işləyən qurğu istismardan əvvəl qeydiyyata alınır.",
   "A newly installed lift, boiler or pressure equipment is registered before use.",
   "Новый лифт, котёл или оборудование под давлением регистрируется до начала эксплуатации."),
  "emergencies|run|b|d|o|0|15|legreg,techdocs|nk_emerg|reg")
S("FHN", ("Partlayış işlərinin aparılmasına icazə", "Permit for blasting works", "Разрешение на ведение взрывных работ"),
  ("Karxana və tikintidə partlayış işləri aparmaq üçün təhlükəsizlik tələblərinə uyğun icazə alırsınız.",
   "Obtain a permit to carry out blasting in quarries or construction, subject to safety requirements.",
   "Вы получаете разрешение на взрывные работы в карьерах или на стройке с соблюдением требований безопасности."),
  "emergencies|run|b|d|o|licence|15|legreg,project,licdocs|nk_emerg|dec")
S("FHN", ("Kiçikhəcmli gəmilərin dövlət qeydiyyatı", "State registration of small vessels", "Государственная регистрация маломерных судов"),
  ("Qayıq, kater və ya hidrosikli qeydiyyata aldırır, qeydiyyat nömrəsi alırsınız.",
   "Register a boat, motorboat or jet ski and receive a registration number.",
   "Вы регистрируете лодку, катер или гидроцикл и получаете регистрационный номер."),
  "emergencies|car|cb|d|ao|vehicle|10|id,origin|nk_emerg|reg", kw=("qayıq qeydiyyatı; kater", "boat registration", "регистрация лодки"))
S("FHN", ("Kiçikhəcmli gəmini idarə etmək hüququ verən vəsiqənin verilməsi", "Licence to operate a small vessel", "Выдача удостоверения на право управления маломерным судном"),
  ("İmtahan verdikdən sonra qayıq və katerləri idarə etmək üçün vəsiqə alırsınız.",
   "After passing the exam, receive a licence to operate boats and motorboats.",
   "После сдачи экзамена вы получаете удостоверение на управление лодками и катерами."),
  "emergencies|-|c|d|o|dl|10|id,med,photo|nk_emerg|doc")
S("FHN", ("Fövqəladə hadisə barədə məlumat verilməsi (112)", "Reporting an emergency (112)", "Сообщение о чрезвычайной ситуации (112)"),
  ("Yanğın, daşqın və digər fövqəladə hadisələr barədə 112 nömrəsinə zəng edərək dərhal kömək çağırırsınız.",
   "Call 112 to get immediate help in a fire, flood or other emergency.",
   "Позвонив по номеру 112, вы сразу вызываете помощь при пожаре, наводнении или другой чрезвычайной ситуации."),
  "emergencies|-|cf|i|o|0|-|-|nk_emerg|info", kw=("112; yanğın; təcili", "emergency number; fire", "112; пожар; экстренный вызов"))
S("FHN", ("Sənaye təhlükəsizliyi üzrə ekspertiza rəyinin verilməsi", "Industrial-safety expertise opinion", "Заключение экспертизы промышленной безопасности"),
  ("Təhlükəli istehsalat obyektinin layihəsi və avadanlığı sənaye təhlükəsizliyi baxımından qiymətləndirilir.",
   "The design and equipment of a hazardous industrial facility are assessed for industrial safety.",
   "Проект и оборудование опасного производственного объекта оцениваются с точки зрения промышленной безопасности."),
  "emergencies|run|b|d|o|tariff|20|legreg,project,techdocs|nk_emerg|dec")
S("FHN", ("Təbii fəlakət nəticəsində dəymiş ziyanın qiymətləndirilməsi üçün müraciət", "Application for assessment of damage from a natural disaster", "Заявление об оценке ущерба от стихийного бедствия"),
  ("Zəlzələ, daşqın və ya sürüşmə nəticəsində evinizə dəymiş ziyanın qiymətləndirilməsi üçün onlayn müraciət edirsiniz.",
   "Apply online to have damage to your home from an earthquake, flood or landslide assessed.",
   "Вы онлайн подаёте заявление об оценке ущерба, причинённого вашему дому землетрясением, наводнением или оползнем."),
  "emergencies|-|c|o|pm|0|10|id,prop,complaint|nk_emerg|dec")

S("ETSN", ("Ətraf mühitə təsirin qiymətləndirilməsi üzrə ekoloji ekspertiza rəyinin verilməsi", "Environmental expertise opinion on an environmental impact assessment (EIA)", "Заключение экологической экспертизы по оценке воздействия на окружающую среду"),
  ("Layihəniz üzrə ETQ sənədləri ekspertizadan keçirilir və ekoloji rəy (ekoloji icazə) verilir.",
   "The EIA documents for your project are reviewed and an environmental opinion (permit) is issued.",
   "Документы ОВОС по вашему проекту проходят экспертизу, и выдаётся экологическое заключение (разрешение)."),
  "environment|start|b|o|p|0|30|legreg,eia,project|env|dec", top=1,
  kw=("ekoloji icazə; ETQ; ekoloji ekspertiza", "environmental permit; EIA", "экологическое разрешение; ОВОС"))
S("ETSN", ("Atmosfer havasına çirkləndirici maddələrin atılmasına icazə", "Permit for emissions of pollutants into the air", "Разрешение на выбросы загрязняющих веществ в атмосферу"),
  ("Müəssisələr atmosferə atılan maddələrin həddi üzrə icazəyə müraciət edir.",
   "Enterprises apply for a permit setting limits on their air emissions.",
   "Предприятия подают заявку на разрешение с нормативами выбросов в атмосферу."),
  "environment|run|b|d|o|0|20|legreg,techdocs|env|dec")
S("ETSN", ("Ov biletinin verilməsi", "Issuance of a hunting licence", "Выдача охотничьего билета"),
  ("Ov mövsümündə ov etmək üçün ov biletinə müraciət edirsiniz.",
   "Apply for a hunting licence for the hunting season.",
   "Вы подаёте заявку на охотничий билет на сезон охоты."),
  "environment|-|c|d|ao|hunt|5|id,photo|env|doc", kw=("ov bileti; ovçuluq", "hunting licence", "охотничий билет"))
S("ETSN", ("Həvəskar balıq ovu üçün icazə", "Permit for recreational fishing", "Разрешение на любительское рыболовство"),
  ("Dəniz, çay və göllərdə həvəskar balıq ovu üçün icazəni onlayn alırsınız.",
   "Get a recreational fishing permit for the sea, rivers and lakes online.",
   "Вы онлайн получаете разрешение на любительское рыболовство в море, реках и озёрах."),
  "environment|-|cf|e|pm|hunt|1|id|env,water|doc")
S("ETSN", ("Təhlükəli tullantıların idarə edilməsi üzrə icazə", "Permit for hazardous waste management", "Разрешение на обращение с опасными отходами"),
  ("Təhlükəli tullantıları toplayan, daşıyan və ya zərərsizləşdirən müəssisələr icazə alır.",
   "Enterprises that collect, transport or treat hazardous waste obtain a permit.",
   "Предприятия, собирающие, перевозящие или обезвреживающие опасные отходы, получают разрешение."),
  "environment|run|b|d|o|licence|30|legreg,techdocs,plan|env|dec")
S("ETSN", ("Yerin təkindən istifadə hüququ üçün müraciət", "Application for subsoil use rights", "Заявление на право пользования недрами"),
  ("Qum, çınqıl və digər faydalı qazıntıların çıxarılması üçün yerin təkindən istifadə icazəsinə müraciət edirsiniz.",
   "Apply for a subsoil use permit to extract sand, gravel and other minerals.",
   "Вы подаёте заявку на разрешение на пользование недрами для добычи песка, гравия и других полезных ископаемых."),
  "environment|start|b|d|o|licence|60|legreg,plan,eia|subsoil,env|dec")
S("ETSN", ("Xüsusi su istifadəsinə icazə", "Permit for special water use", "Разрешение на специальное водопользование"),
  ("Çaydan, göldən və ya yeraltı sulardan su götürmək üçün icazəyə müraciət edirsiniz.",
   "Apply for a permit to draw water from a river, lake or groundwater.",
   "Вы подаёте заявку на разрешение на забор воды из реки, озера или подземных источников."),
  "environment|run|b|d|o|0|30|legreg,plan,techdocs|water|dec")
S("ETSN", ("Ağacların kəsilməsinə icazə", "Permit to fell trees", "Разрешение на вырубку деревьев"),
  ("Tikinti və ya təhlükəsizlik səbəbindən ağacların kəsilməsi üçün icazə alırsınız; kompensasiya əkini tələb oluna bilər.",
   "Obtain a permit to fell trees for construction or safety reasons; compensatory planting may be required.",
   "Вы получаете разрешение на вырубку деревьев по причине строительства или безопасности; может потребоваться компенсационная посадка."),
  "environment|-|cb|d|o|tariff|10|id,plan|forest,env|dec")
S("ETSN", ("Ekoloji qayda pozuntusu barədə məlumat verilməsi", "Reporting an environmental violation", "Сообщение об экологическом нарушении"),
  ("Qanunsuz ağac kəsilməsi, tullantı atılması və ya çirklənmə barədə foto ilə onlayn məlumat verirsiniz.",
   "Report illegal logging, dumping or pollution online, with photos.",
   "Вы онлайн сообщаете о незаконной вырубке, свалке мусора или загрязнении, приложив фото."),
  "environment|-|cf|e|pm|0|15|complaint|env,appeals|dec", kw=("zibil atmaq; çirklənmə; şikayət", "illegal dumping; pollution report", "незаконная свалка; загрязнение"))

S("MAN", ("Maliyyə hesabatlarının elektron portala təqdim edilməsi", "Submission of financial statements to the electronic portal", "Представление финансовой отчётности на электронный портал"),
  ("İctimai əhəmiyyətli qurumlar və digər təşkilatlar illik maliyyə hesabatlarını elektron portala yükləyir.",
   "Public-interest entities and other organisations upload their annual financial statements to the electronic portal.",
   "Организации, представляющие общественный интерес, и другие организации загружают годовую финансовую отчётность на электронный портал."),
  "finance|run|b|e|p|0|-|voen,fin|accounting,nk_finance|reg")
S("MAN", ("Qiymətli metallardan zərgərlik məmulatlarının əyarlanması və damğalanması", "Hallmarking of jewellery made of precious metals", "Опробование и клеймение ювелирных изделий из драгоценных металлов"),
  ("Zərgərlik məmulatlarının əyarı yoxlanılır və dövlət əyar damğası vurulur.",
   "The fineness of jewellery is tested and the state hallmark is applied.",
   "Проба ювелирных изделий проверяется, и ставится государственное пробирное клеймо."),
  "finance|run|cb|i|o|tariff|5|voen,invoice|nk_finance|doc")
S("MAN", ("Büdcə təşkilatlarının ödəniş sənədlərinin xəzinədarlıqda elektron icrası", "Electronic processing of budget organisations' payment orders by the Treasury", "Электронное исполнение платёжных документов бюджетных организаций казначейством"),
  ("Büdcə təşkilatları ödəniş tapşırıqlarını xəzinədarlığa elektron imza ilə göndərir.",
   "Budget organisations send payment orders to the Treasury signed electronically.",
   "Бюджетные организации направляют платёжные поручения в казначейство с электронной подписью."),
  "finance|run|b|e|p|0|1|voen|nk_finance,esign|pay")
S("MAN", ("Dövlət büdcəsi və onun icrası barədə məlumat", "Information on the state budget and its execution", "Информация о государственном бюджете и его исполнении"),
  ("Dövlət büdcəsinin gəlir və xərclərini, icra hesabatlarını açıq məlumat kimi görürsünüz.",
   "See state budget revenue and expenditure and execution reports as open data.",
   "Вы видите доходы и расходы государственного бюджета и отчёты о его исполнении в виде открытых данных."),
  "finance|-|cbf|i|p|0|-|-|info,nk_finance|info", kw=("büdcə; açıq büdcə", "state budget; open budget", "бюджет"))
S("MAN", ("Dövlət istiqrazlarının əhaliyə satışı", "Sale of government bonds to the public", "Продажа государственных облигаций населению"),
  ("Fiziki şəxslər dövlət istiqrazlarını agent banklar vasitəsilə alır.",
   "Individuals buy government bonds through agent banks.",
   "Физические лица покупают государственные облигации через банки-агенты."),
  "finance|-|c|i|o|0|5|id,bank|nk_finance|reg")

S("XIN", ("Elektron vizanın verilməsi (ASAN Viza)", "Issuance of an electronic visa (ASAN Visa)", "Выдача электронной визы (ASAN Visa)"),
  ("Azərbaycana səfər edən əcnəbilər elektron vizaya onlayn müraciət edir və vizanı e-poçtla alır.",
   "Foreigners travelling to Azerbaijan apply online for an e-visa and receive it by e-mail.",
   "Иностранцы, едущие в Азербайджан, онлайн подают заявку на электронную визу и получают её по электронной почте."),
  "foreign_affairs|abroad|f|e|p|visa|3|fpass,photo|migr|doc", url="https://evisa.gov.az", top=1,
  kw=("viza; elektron viza; ASAN viza", "e-visa; evisa; visa to Azerbaijan", "виза; электронная виза"))
S("XIN", ("Xaricdə yaşayan vətəndaşların konsulluq qeydiyyatı", "Consular registration of citizens living abroad", "Консульский учёт граждан, проживающих за рубежом"),
  ("Xaricdə yaşayan vətəndaşlar Azərbaycanın səfirliyində və ya konsulluğunda onlayn qeydiyyatdan keçir.",
   "Citizens living abroad register online with an Azerbaijani embassy or consulate.",
   "Граждане, проживающие за рубежом, онлайн встают на учёт в посольстве или консульстве Азербайджана."),
  "foreign_affairs|abroad|c|o|p|0|5|id,fpass|vienna,nk_consular|reg")
S("XIN", ("Vətənə qayıdış şəhadətnaməsinin verilməsi", "Issuance of a certificate of return", "Выдача свидетельства на возвращение"),
  ("Xaricdə pasportunu itirmiş vətəndaşa ölkəyə qayıtmaq üçün birdəfəlik sənəd verilir.",
   "A citizen who lost their passport abroad is issued a single-use document to return home.",
   "Гражданину, утерявшему паспорт за рубежом, выдаётся разовый документ для возвращения на родину."),
  "foreign_affairs|abroad|c|d|o|duty|3|photo,crime,appp|nk_consular|doc", form="https://mfa.gov.az/az/category/konsulluq-xidmetleri")
S("XIN", ("Sənədlərin konsul leqallaşdırılması", "Consular legalisation of documents", "Консульская легализация документов"),
  ("Apostil tətbiq edilməyən ölkələr üçün sənədləriniz konsulluqda leqallaşdırılır.",
   "Your documents are legalised at the consulate for countries where the apostille does not apply.",
   "Ваши документы легализуются в консульстве для стран, где апостиль не применяется."),
  "foreign_affairs|abroad|cbf|d|o|duty|5|id,appp|vienna,nk_consular|doc", form="https://mfa.gov.az/az/category/konsulluq-xidmetleri")
S("XIN", ("Xaricdə olan vətəndaşlara konsul yardımı", "Consular assistance to citizens abroad", "Консульская помощь гражданам за рубежом"),
  ("Xaricdə çətin vəziyyətə düşdükdə səfirlik və konsulluqların qaynar xətləri ilə kömək istəyirsiniz.",
   "If you get into difficulty abroad, ask for help through the hotlines of embassies and consulates.",
   "Оказавшись в трудной ситуации за рубежом, вы обращаетесь за помощью по горячим линиям посольств и консульств."),
  "foreign_affairs|abroad|c|i|o|0|-|-|vienna|info")
S("XIN", ("Viza tələbləri və vizasız rejim barədə məlumat", "Information on visa requirements and visa-free travel", "Информация о визовых требованиях и безвизовом режиме"),
  ("Azərbaycan vətəndaşlarının vizasız gedə biləcəyi ölkələr və əcnəbilər üçün viza qaydaları.",
   "Countries Azerbaijani citizens can visit without a visa, and visa rules for foreigners.",
   "Страны, куда граждане Азербайджана могут ехать без визы, и визовые правила для иностранцев."),
  "foreign_affairs|abroad|cf|i|p|0|-|-|migr|info")

S("GIN", ("Gənclər Fondunun qrant müsabiqəsinə layihə təqdim edilməsi", "Submitting a project to the Youth Foundation grant competition", "Подача проекта на грантовый конкурс Фонда молодёжи"),
  ("Gənclər və gənclər təşkilatları layihələri üçün qrant almaq məqsədilə onlayn müraciət edir.",
   "Young people and youth organisations apply online for grants for their projects.",
   "Молодые люди и молодёжные организации онлайн подают заявки на гранты для своих проектов."),
  "youth_sport|-|cb|o|p|0|30|id,grant|youth,nk_youth|dec")
S("GIN", ("Gənclər üçün könüllülük proqramlarına qeydiyyat", "Registration for youth volunteering programmes", "Регистрация в молодёжных волонтёрских программах"),
  ("Beynəlxalq tədbirlərdə və sosial layihələrdə könüllü olmaq üçün onlayn qeydiyyatdan keçirsiniz.",
   "Register online to volunteer at international events and in social projects.",
   "Вы онлайн регистрируетесь волонтёром на международных мероприятиях и в социальных проектах."),
  "youth_sport|-|c|e|p|0|-|id|youth|reg", kw=("könüllü; volontyor", "volunteer", "волонтёр"))
S("GIN", ("İdman dərəcələrinin və adlarının verilməsi", "Awarding of sports ranks and titles", "Присвоение спортивных разрядов и званий"),
  ("İdmançılara yarış nəticələrinə görə idman dərəcəsi və ya fəxri ad verilir.",
   "Athletes are awarded a sports rank or honorary title based on their competition results.",
   "Спортсменам по результатам соревнований присваиваются спортивные разряды и почётные звания."),
  "youth_sport|-|c|d|o|0|30|id,appp|nk_youth|dec")
S("GIN", ("Uşaq-gənclər idman məktəblərinə qəbul", "Admission to children's and youth sports schools", "Приём в детско-юношеские спортивные школы"),
  ("Uşağınızı idman məktəbinin bölmələrinə yazdırmaq üçün ərizə verirsiniz.",
   "Apply to enrol your child in the sections of a sports school.",
   "Вы подаёте заявление о записи ребёнка в секции спортивной школы."),
  "youth_sport|study|c|d|o|0|10|birth,med|nk_youth|dec")

S("SAK", ("Tikinti üçün icazənin verilməsi", "Issuance of a building permit", "Выдача разрешения на строительство"),
  ("Bina tikmək və ya yenidənqurma aparmaq üçün layihə sənədlərini onlayn təqdim edib tikinti icazəsi alırsınız.",
   "Submit the design documents online and obtain a building permit for new construction or reconstruction.",
   "Вы онлайн подаёте проектную документацию и получаете разрешение на строительство или реконструкцию."),
  "construction|buy|cb|o|pao|0|20|id,land,project,plancert|urban|dec", top=1,
  kw=("tikinti icazəsi; inşaat icazəsi; ev tikmək", "building permit; construction permit", "разрешение на строительство"))
S("SAK", ("Şəhərsalma şərtlərinin (memarlıq-planlaşdırma tapşırığının) verilməsi", "Issuance of urban-planning conditions", "Выдача градостроительных условий"),
  ("Torpaq sahəsində nə və necə tikilə biləcəyini müəyyən edən şəhərsalma şərtlərini alırsınız.",
   "Obtain the urban-planning conditions that set what can be built on a plot and how.",
   "Вы получаете градостроительные условия, определяющие, что и как можно строить на участке."),
  "construction|buy|cb|d|ao|0|15|id,land|urban|doc")
S("SAK", ("Tikintinin başa çatması barədə bildirişin qəbulu və istismara icazə", "Notice of completion of construction and permit for use", "Приём уведомления о завершении строительства и разрешение на эксплуатацию"),
  ("Tikinti bitdikdən sonra bildiriş verir, obyektin istismarına icazə alırsınız.",
   "After construction is finished, submit the notice and obtain permission to use the building.",
   "После завершения строительства вы подаёте уведомление и получаете разрешение на эксплуатацию объекта."),
  "construction|buy|cb|d|ao|0|15|id,project|urban|dec")
S("SAK", ("Az mürəkkəb fərdi yaşayış evinin tikintisi barədə bildiriş", "Notification of construction of a simple individual house", "Уведомление о строительстве несложного индивидуального жилого дома"),
  ("Öz torpağınızda az mürəkkəb fərdi ev tikmək üçün icazə əvəzinə onlayn bildiriş verirsiniz.",
   "To build a simple house on your own land, file an online notification instead of a permit.",
   "Для строительства несложного дома на собственной земле вы подаёте онлайн-уведомление вместо разрешения."),
  "construction|buy|c|e|p|0|5|id,land,plan|urban|reg")
S("SAK", ("Şəhərsalma sənədlərindən (baş planlardan) çıxarış", "Extract from urban-planning documents (master plans)", "Выписка из градостроительной документации (генеральных планов)"),
  ("Torpaq sahəsinin baş plana görə təyinatını və məhdudiyyətlərini göstərən çıxarış alırsınız.",
   "Get an extract showing a plot's designated use and restrictions under the master plan.",
   "Вы получаете выписку о назначении участка и ограничениях по генеральному плану."),
  "construction|buy|cb|d|o|0|10|id,land|urban|doc")
S("SAK", ("Qanunsuz tikinti barədə məlumat verilməsi", "Reporting illegal construction", "Сообщение о незаконном строительстве"),
  ("İcazəsiz tikinti və ya yaşıllıq ərazisində tikinti barədə foto ilə onlayn məlumat verirsiniz.",
   "Report unauthorised construction or building on green areas online, with photos.",
   "Вы онлайн сообщаете о незаконном строительстве или застройке зелёных зон, приложив фото."),
  "construction|-|c|o|pm|0|15|complaint|urban,appeals|dec")

S("ENN", ("Bərpa olunan enerji mənbələrindən elektrik enerjisi istehsalına icazə", "Permit to generate electricity from renewable sources", "Разрешение на производство электроэнергии из возобновляемых источников"),
  ("Günəş və külək stansiyası qurmaq istəyən şirkətlər istehsal icazəsinə müraciət edir.",
   "Companies planning solar or wind plants apply for a generation permit.",
   "Компании, планирующие солнечные или ветровые станции, подают заявку на разрешение на производство."),
  "energy|start|b|d|o|0|30|legreg,project,land|nk_energy|dec")
S("ENN", ("Fərdi günəş panellərinin şəbəkəyə qoşulmasının razılaşdırılması", "Approval to connect household solar panels to the grid", "Согласование подключения бытовых солнечных панелей к сети"),
  ("Evinizdə quraşdırdığınız günəş panellərini şəbəkəyə qoşmaq və artıq enerjini satmaq üçün razılıq alırsınız.",
   "Get approval to connect solar panels on your home to the grid and sell surplus power.",
   "Вы получаете согласование на подключение домашних солнечных панелей к сети и продажу излишков энергии."),
  "energy|-|cb|o|p|0|20|id,prop,techdocs|nk_energy|dec")
S("ENN", ("Enerji səmərəliliyi üzrə məlumat və tövsiyələr", "Energy-efficiency information and advice", "Информация и рекомендации по энергоэффективности"),
  ("Evdə və müəssisədə enerjiyə qənaət üsulları və dövlət dəstəyi barədə məlumat.",
   "Ways to save energy at home and at work, and available state support.",
   "Способы экономии энергии дома и на предприятии и доступная господдержка."),
  "energy|-|cb|i|p|0|-|-|nk_energy|info")
S("ENN", ("Energetika obyektlərində təhlükəsizlik pozuntuları barədə müraciət", "Report on safety violations at energy facilities", "Обращение о нарушениях безопасности на энергетических объектах"),
  ("Açıq elektrik xətləri, qaz boruları və ya digər təhlükəli vəziyyət barədə nazirliyə məlumat verirsiniz.",
   "Report exposed power lines, gas pipes or other hazards to the ministry.",
   "Вы сообщаете в министерство об оголённых электролиниях, газовых трубах или других опасностях."),
  "energy|-|cb|d|o|0|15|complaint|appeals,nk_energy|dec")

# ============================================================================================
# Utilities, ASAN, MAI, ECON, AIBN, EHIM
# ============================================================================================
S("AZERSU", ("Su təchizatı və kanalizasiya şəbəkəsinə qoşulma üçün texniki şərtlərin verilməsi", "Technical conditions for connection to water supply and sewerage", "Технические условия на подключение к водоснабжению и канализации"),
  ("Yeni tikili və ya ev üçün su və kanalizasiya şəbəkəsinə qoşulma şərtlərini onlayn alırsınız.",
   "Get the conditions for connecting a new building or house to water and sewerage online.",
   "Вы онлайн получаете условия подключения нового здания или дома к водопроводу и канализации."),
  "utilities|buy move|cb|o|pa|connect|15|id,prop,plan|nk_energy|doc")
S("AZERSU", ("Su haqqı üzrə borcun yoxlanılması və ödənilməsi", "Checking and paying water bills", "Проверка и оплата счетов за воду"),
  ("Abonent kodu ilə su haqqı borcunuzu yoxlayır və onlayn ödəyirsiniz.",
   "Check your water bill by customer code and pay it online.",
   "Вы проверяете задолженность за воду по абонентскому коду и оплачиваете онлайн."),
  "utilities|-|cb|e|pm|amount|-|abon|nk_energy|pay", top=1, kw=("su pulu; su borcu; kommunal", "water bill", "оплата воды; коммуналка"))
S("AZERSU", ("Su sayğacının quraşdırılması və plomblanması üçün müraciət", "Request to install and seal a water meter", "Заявка на установку и пломбирование счётчика воды"),
  ("Su sayğacının quraşdırılması və ya dəyişdirilməsi üçün sifariş verirsiniz.",
   "Order the installation or replacement of a water meter.",
   "Вы заказываете установку или замену счётчика воды."),
  "utilities|move|c|d|o|tariff|10|abon,prop|nk_energy|reg")
S("AZERSU", ("Yeni abonent kimi müqavilənin bağlanması", "Concluding a contract as a new customer", "Заключение договора в качестве нового абонента"),
  ("Yeni mənzilə köçdükdə su təchizatı üzrə abonent müqaviləsini öz adınıza bağlayırsınız.",
   "When you move into a new flat, take out the water-supply contract in your name.",
   "При переезде в новую квартиру вы заключаете абонентский договор на водоснабжение на своё имя."),
  "utilities|move buy|cb|i|ao|0|5|id,prop|nk_energy|reg")
S("AZERISIQ", ("Elektrik şəbəkəsinə qoşulma üçün müraciət", "Application for connection to the electricity grid", "Заявка на подключение к электросети"),
  ("Yeni tikili, ev və ya obyekt üçün elektrik şəbəkəsinə qoşulmaya onlayn müraciət edirsiniz.",
   "Apply online to connect a new building, house or business to the electricity grid.",
   "Вы онлайн подаёте заявку на подключение нового здания, дома или объекта к электросети."),
  "utilities|buy move start|cb|o|pa|connect|15|id,prop,plan|nk_energy|reg", top=1, kw=("işıq çəkmək; elektrik qoşulma", "electricity connection", "подключение электричества"))
S("AZERISIQ", ("Elektrik enerjisi üzrə borcun yoxlanılması və ödənilməsi", "Checking and paying electricity bills", "Проверка и оплата счетов за электроэнергию"),
  ("Abonent kodu ilə işıq pulu borcunuzu yoxlayır və onlayn ödəyirsiniz.",
   "Check your electricity bill by customer code and pay it online.",
   "Вы проверяете задолженность за электроэнергию по абонентскому коду и оплачиваете онлайн."),
  "utilities|-|cb|e|pm|amount|-|abon|nk_energy|pay", top=1, kw=("işıq pulu; elektrik borcu", "electricity bill; power bill", "оплата за свет"))
S("AZERISIQ", ("Smart sayğacın quraşdırılması və ya dəyişdirilməsi", "Installation or replacement of a smart electricity meter", "Установка или замена умного счётчика электроэнергии"),
  ("Köhnə sayğacın smart sayğacla əvəzlənməsi üçün sifariş verirsiniz.",
   "Order the replacement of an old meter with a smart meter.",
   "Вы заказываете замену старого счётчика на умный счётчик."),
  "utilities|move|cb|d|o|tariff|10|abon|nk_energy|reg")
S("AZERISIQ", ("Elektrik kəsintiləri barədə məlumat və qəza bildirişi", "Outage information and fault reporting", "Информация об отключениях и сообщение об аварии"),
  ("Planlı kəsintilər barədə məlumat alır, qəza və ya işıqsızlıq barədə qaynar xəttə məlumat verirsiniz.",
   "Get information on planned outages and report a fault or power cut to the hotline.",
   "Вы узнаёте о плановых отключениях и сообщаете об аварии или отсутствии света на горячую линию."),
  "utilities|-|cb|i|o|0|1|abon,complaint|nk_energy|info")
S("AZERIQAZ", ("Qaz şəbəkəsinə qoşulma üçün müraciət", "Application for connection to the gas network", "Заявка на подключение к газовой сети"),
  ("Ev və ya obyekt üçün təbii qaz şəbəkəsinə qoşulmaya onlayn müraciət edirsiniz.",
   "Apply online to connect a house or business to the natural-gas network.",
   "Вы онлайн подаёте заявку на подключение дома или объекта к сети природного газа."),
  "utilities|buy move|cb|o|pa|connect|20|id,prop,plan|nk_energy|reg")
S("AZERIQAZ", ("Təbii qaz üzrə borcun yoxlanılması və ödənilməsi", "Checking and paying gas bills", "Проверка и оплата счетов за газ"),
  ("Abonent kodu ilə qaz pulu borcunuzu yoxlayır və onlayn ödəyirsiniz.",
   "Check your gas bill by customer code and pay it online.",
   "Вы проверяете задолженность за газ по абонентскому коду и оплачиваете онлайн."),
  "utilities|-|cb|e|pm|amount|-|abon|nk_energy|pay", top=1, kw=("qaz pulu; qaz borcu", "gas bill", "оплата газа"))
S("AZERIQAZ", ("Qaz sayğacının dəyişdirilməsi və ya yoxlanılması", "Replacement or check of a gas meter", "Замена или проверка газового счётчика"),
  ("Qaz sayğacının yoxlanılması və ya dəyişdirilməsi üçün sifariş verirsiniz.",
   "Order a check or replacement of your gas meter.",
   "Вы заказываете проверку или замену газового счётчика."),
  "utilities|move|c|d|o|tariff|10|abon|nk_energy|reg")
S("AZERIQAZ", ("Qaz sızması və qəza halları barədə məlumat (104)", "Reporting gas leaks and emergencies (104)", "Сообщение об утечке газа и авариях (104)"),
  ("Qaz iyi hiss etdikdə və ya qəza baş verdikdə 104 qəza xidmətinə dərhal zəng edirsiniz.",
   "If you smell gas or there is an emergency, call the 104 emergency service at once.",
   "Почувствовав запах газа или при аварии, вы немедленно звоните в аварийную службу 104."),
  "utilities|-|cb|i|o|0|-|-|nk_energy|info", kw=("104; qaz iyi", "gas leak", "утечка газа; 104"))

S("ASAN", ("ASAN xidmət mərkəzində xidmət üçün onlayn növbə", "Online queue booking at an ASAN service centre", "Онлайн-запись в центр ASAN xidmət"),
  ("İstədiyiniz ASAN xidmət mərkəzində xidmət üçün gün və saatı onlayn seçirsiniz.",
   "Choose online the day and time for a service at the ASAN service centre of your choice.",
   "Вы онлайн выбираете день и время обслуживания в выбранном центре ASAN xidmət."),
  "digital_services|-|cbf|e|pm|0|-|id|nk_asan|reg", top=1, kw=("ASAN növbə; asan xidmət", "ASAN appointment; ASAN queue", "очередь ASAN; запись в ASAN"))
S("ASAN", ("Səyyar ASAN xidmət", "Mobile ASAN service", "Мобильная служба ASAN xidmət"),
  ("Avtobuslarda yerləşən səyyar ASAN xidmət mərkəzlərinin rayonlara gəliş cədvəlini və xidmətlərini öyrənirsiniz.",
   "Find the schedule and services of mobile ASAN centres that visit the districts by bus.",
   "Вы узнаёте расписание и услуги мобильных центров ASAN xidmət, которые приезжают в районы на автобусах."),
  "digital_services|-|c|i|a|0|-|-|nk_asan|info")
S("ASAN", ("ASAN İmza mobil elektron imzasının alınması", "Obtaining an ASAN İmza mobile e-signature", "Получение мобильной электронной подписи ASAN İmza"),
  ("Mobil nömrənizə bağlı ASAN İmza sertifikatı alır, e-xidmətlərə daxil olur və sənədləri imzalayırsınız.",
   "Get an ASAN İmza certificate linked to your mobile number to sign in to e-services and sign documents.",
   "Вы получаете сертификат ASAN İmza, привязанный к мобильному номеру, для входа в электронные услуги и подписания документов."),
  "digital_services|start run|cb|o|pa|tariff|1|id|esign,nk_asan|doc", top=1, kw=("asan imza; mobil imza; e-imza", "ASAN signature; mobile ID", "ASAN подпись; мобильная подпись"))
S("ASAN", ("ASAN Kommunal mərkəzlərində kommunal xidmətlər", "Utility services at ASAN Kommunal centres", "Коммунальные услуги в центрах ASAN Kommunal"),
  ("Su, işıq və qaz üzrə abonent müqaviləsi, borc və sayğac məsələlərini bir mərkəzdə həll edirsiniz.",
   "Handle water, electricity and gas contracts, bills and meters in one centre.",
   "Вы решаете вопросы договоров, задолженности и счётчиков по воде, свету и газу в одном центре."),
  "utilities|move|cb|i|a|0|-|-|nk_asan|info")

S("MAI", ("Arxiv arayışlarının verilməsi (iş stajı, əmək haqqı)", "Issuance of archival certificates (length of service, salary)", "Выдача архивных справок (о стаже и заработной плате)"),
  ("Ləğv edilmiş müəssisələrdə işləmə stajınızı və əmək haqqınızı təsdiq edən arxiv arayışına onlayn müraciət edirsiniz.",
   "Apply online for an archival certificate of your service and salary at enterprises that no longer exist.",
   "Вы онлайн подаёте заявку на архивную справку о стаже и зарплате на ликвидированных предприятиях."),
  "social_protection|retire|c|o|pa|0|30|id,appp|nk_archive|doc", top=1, kw=("arxiv arayışı; staj arayışı", "archive certificate; employment record", "архивная справка; справка о стаже"))
S("MAI", ("Arxiv sənədlərinin surətlərinin verilməsi", "Issuance of copies of archival documents", "Выдача копий архивных документов"),
  ("Torpaq, mülkiyyət, təhsil və digər məsələlər üzrə arxivdə saxlanılan sənədlərin təsdiqlənmiş surətini alırsınız.",
   "Obtain certified copies of archived documents on land, property, education and other matters.",
   "Вы получаете заверенные копии хранящихся в архиве документов по земле, собственности, образованию и другим вопросам."),
  "culture|-|cb|d|ao|tariff|30|id,appp|nk_archive|doc")

S("ECON", ("Lisenziya və icazələrin elektron qaydada verilməsi", "Electronic issuance of licences and permits", "Электронная выдача лицензий и разрешений"),
  ("Sahibkarlıq fəaliyyəti üçün tələb olunan lisenziya və icazələrə vahid elektron portal vasitəsilə müraciət edirsiniz.",
   "Apply through a single electronic portal for the licences and permits needed for a business.",
   "Вы подаёте заявки на лицензии и разрешения, необходимые для предпринимательской деятельности, через единый электронный портал."),
  "business|start|b|e|p|licence|10|legreg,licdocs|nk_licence|dec", url="https://www.lisenziya.gov.az", top=1,
  kw=("lisenziya; icazə; lisenziya portalı", "business licence; permit", "лицензия; разрешение"))
S("ECON", ("Dövlət satınalmalarında iştirak (elektron satınalma portalı)", "Participation in public procurement (e-procurement portal)", "Участие в государственных закупках (портал электронных закупок)"),
  ("Şirkətlər elektron satınalma portalında qeydiyyatdan keçir, tenderlərə təklif verir və nəticələri izləyir.",
   "Companies register on the e-procurement portal, bid in tenders and follow the results.",
   "Компании регистрируются на портале электронных закупок, подают предложения на тендеры и следят за результатами."),
  "business|run|bf|e|p|tender|-|voen,legreg|procure|reg", url="https://etender.gov.az", top=1,
  kw=("tender; satınalma; dövlət sifarişi", "public procurement; tender; e-procurement", "тендер; госзакупки"))
S("ECON", ("Mikro, kiçik və orta sahibkarlıq subyekti statusunun təsdiqi", "Confirmation of micro, small or medium enterprise status", "Подтверждение статуса субъекта микро-, малого или среднего предпринимательства"),
  ("İşçi sayı və gəlirinizə görə KOB statusunuzu təsdiq edən elektron sənəd alırsınız; güzəştlər üçün tələb olunur.",
   "Get an electronic document confirming your SME status by staff numbers and income; needed for support schemes.",
   "Вы получаете электронный документ, подтверждающий статус МСП по численности и доходам; он нужен для мер поддержки."),
  "business|start run|b|e|p|0|3|voen,sia|nk_licence|doc", kw=("KOB statusu; kiçik biznes", "SME status", "статус МСП"))
S("ECON", ("İnvestisiya təşviqi sənədinin verilməsi", "Issuance of an investment promotion document", "Выдача документа о поощрении инвестиций"),
  ("Regionlarda investisiya layihəsi həyata keçirən sahibkarlar vergi və gömrük güzəştləri verən sənədə müraciət edir.",
   "Businesses investing in the regions apply for a document that grants tax and customs benefits.",
   "Предприниматели, реализующие инвестпроекты в регионах, подают заявку на документ, дающий налоговые и таможенные льготы."),
  "business|start|b|d|o|0|10|voen,grant|tax,nk_licence|dec")

S("AIBN", ("İstehlakçı hüquqlarının pozulması barədə şikayət", "Complaint about a breach of consumer rights", "Жалоба на нарушение прав потребителей"),
  ("Keyfiyyətsiz mal, qaytarılmayan pul və ya aldadıcı reklam barədə onlayn şikayət edirsiniz.",
   "Complain online about faulty goods, refused refunds or misleading advertising.",
   "Вы онлайн жалуетесь на некачественный товар, отказ в возврате денег или вводящую в заблуждение рекламу."),
  "business|-|c|e|pm|0|15|id,receipt,complaint|consumer,appeals|dec", top=1,
  kw=("istehlakçı şikayəti; malı qaytarmaq", "consumer complaint; refund", "жалоба потребителя; возврат товара"))
S("AIBN", ("Qiymətlərin əsassız artırılması barədə məlumat verilməsi", "Reporting unjustified price increases", "Сообщение о необоснованном повышении цен"),
  ("Ərzaq və əsas mallarda əsassız bahalaşma barədə məlumat verirsiniz.",
   "Report unjustified price rises for food and basic goods.",
   "Вы сообщаете о необоснованном подорожании продуктов и товаров первой необходимости."),
  "business|-|c|i|o|0|15|receipt,complaint|consumer,appeals|dec")

S("EHIM", ("Elektron hökumət portalında istifadəçi qeydiyyatı", "User registration on the e-government portal", "Регистрация пользователя на портале электронного правительства"),
  ("ASAN Login, ASAN İmza və ya SİMA ilə portalda hesab yaradır və bütün e-xidmətlərə bir girişlə daxil olursunuz.",
   "Create an account on the portal with ASAN Login, ASAN İmza or SİMA and use all e-services with one sign-in.",
   "Вы создаёте учётную запись на портале через ASAN Login, ASAN İmza или SİMA и пользуетесь всеми электронными услугами с одним входом."),
  "digital_services|-|cbf|e|pm|0|-|id|nk_digital,esign|reg", top=1, kw=("asan login; e-gov qeydiyyat", "sign up; login", "регистрация; вход"))
S("EHIM", ("mygov şəxsi kabinetində vətəndaşa aid məlumatlara baxış", "Viewing one's own data in the myGov personal cabinet", "Просмотр своих данных в личном кабинете myGov"),
  ("Dövlətin sizin haqqınızda saxladığı məlumatları (sənədlər, əmlak, cərimələr) bir kabinetdə görürsünüz.",
   "See in one cabinet the data the state holds about you (documents, property, fines).",
   "Вы видите в одном кабинете данные, которые хранит о вас государство (документы, имущество, штрафы)."),
  "digital_services|-|c|e|pm|0|-|id|nk_digital,pdata|info", kw=("mygov", "mygov; my data", "мои данные"))
S("EHIM", ("Elektron arayışların həqiqiliyinin yoxlanılması", "Verifying electronic references", "Проверка подлинности электронных справок"),
  ("Bank və ya işəgötürən təqdim edilmiş e-arayışın QR kodunu və ya nömrəsini yoxlayaraq onun həqiqiliyini təsdiqləyir.",
   "A bank or employer confirms that an e-reference is genuine by checking its QR code or number.",
   "Банк или работодатель подтверждает подлинность электронной справки, проверяя её QR-код или номер."),
  "digital_services|-|cb|e|pm|0|-|-|nk_digital,esign|info", top=1, kw=("e-arayış yoxlamaq; QR kod", "verify certificate; QR check", "проверить справку"))

# ============================================================================================
# Local executive authorities (icra hakimiyyəti). The portal's pilots: Gəncə, Masallı, Quba;
# plus Bakı, and the reception service of a few other cities (their ICRA-* agencies are created
# for every city and rayon by the reference-data migration).
# ============================================================================================
ICRA_NAMES = {
    # code: (genitive az, en, ru "of ...")
    "ICRA-GA": ("Gəncə Şəhər İcra Hakimiyyətinin", "the Ganja City Executive Authority", "Исполнительной власти города Гянджа"),
    "ICRA-MAS": ("Masallı Rayon İcra Hakimiyyətinin", "the Masally District Executive Authority", "Исполнительной власти Масаллинского района"),
    "ICRA-QBA": ("Quba Rayon İcra Hakimiyyətinin", "the Guba District Executive Authority", "Исполнительной власти Губинского района"),
    "ICRA-BA": ("Bakı Şəhər İcra Hakimiyyətinin", "the Baku City Executive Authority", "Исполнительной власти города Баку"),
    "ICRA-SM": ("Sumqayıt Şəhər İcra Hakimiyyətinin", "the Sumgayit City Executive Authority", "Исполнительной власти города Сумгайыт"),
    "ICRA-LA": ("Lənkəran Şəhər İcra Hakimiyyətinin", "the Lankaran City Executive Authority", "Исполнительной власти города Ленкорань"),
    "ICRA-SA": ("Şəki Şəhər İcra Hakimiyyətinin", "the Shaki City Executive Authority", "Исполнительной власти города Шеки"),
    "ICRA-MI": ("Mingəçevir Şəhər İcra Hakimiyyətinin", "the Mingachevir City Executive Authority", "Исполнительной власти города Мингячевир"),
}


def icra_reception(code, top=False):
    az, en, ru = ICRA_NAMES[code]
    S(code, (az + " başçısı və onun müavinləri tərəfindən vətəndaşların qəbuluna yazılış",
             "Booking a citizens' reception with the head or deputy heads of " + en,
             "Запись на приём граждан к главе и заместителям главы " + ru),
      ("İcra başçısının və ya müavininin vətəndaş qəbuluna onlayn yazılır, qəbul gününü və müraciətinizin cavabını izləyirsiniz.",
       "Book online a citizens' reception with the head of the executive authority or a deputy, and follow the reception date and the answer to your appeal.",
       "Вы онлайн записываетесь на приём к главе исполнительной власти или его заместителю и следите за датой приёма и ответом на обращение."),
      "local_government|-|cb|e|pm|0|15|id,complaint|appeals,localexec|reg", top=top,
      kw=("vətəndaş qəbulu; icra başçısı; qəbula yazılmaq", "citizen reception; appointment with the governor", "приём граждан; глава исполнительной власти"))


def icra_residence(code):
    S(code, ("Yaşayış yeri haqqında arayışın verilməsi", "Certificate of place of residence", "Справка о месте жительства"),
      ("Ərazi nümayəndəliyi vasitəsilə faktiki yaşadığınız ünvanı və ailə tərkibini təsdiq edən arayış alırsınız.",
       "Get a certificate, through the local territorial representative, confirming where you actually live and who lives with you.",
       "Через территориальное представительство вы получаете справку, подтверждающую фактический адрес проживания и состав семьи."),
      "local_government|move|c|o|pao|0|3|id,res,family|localexec,residence|doc",
      kw=("yaşayış yeri arayışı; ərazi nümayəndəliyi; arayış", "proof of residence; residence certificate", "справка с места жительства"))


def icra_full(code, kiosk_stage="d", top=False):
    icra_reception(code, top=top)
    icra_residence(code)
    S(code, ("Ticarət köşkünün və ya açıq məkanda reklam daşıyıcısının yerləşdirilməsinə icazə", "Permit to place a trade kiosk or an outdoor advertising structure", "Разрешение на размещение торгового киоска или наружной рекламной конструкции"),
      ("Küçədə ticarət köşkü, pavilyon və ya reklam lövhəsi yerləşdirmək üçün yerin və dizaynın razılaşdırılmasına müraciət edirsiniz.",
       "Apply for approval of the site and design to place a street kiosk, pavilion or billboard.",
       "Вы подаёте заявку на согласование места и дизайна для размещения уличного киоска, павильона или рекламного щита."),
      "local_government|start|cb|%s|ao|tariff|15|id,voen,plan|nk_local,localexec|dec" % kiosk_stage,
      kw=("köşk; reklam lövhəsi; bilbord", "kiosk; billboard; outdoor advertising", "киоск; наружная реклама"))
    S(code, ("Torpaq sahəsi ilə bağlı müraciətlərə baxılması", "Review of applications concerning land plots", "Рассмотрение обращений по земельным участкам"),
      ("Torpaq sahəsinin ayrılması, sərhəd mübahisələri və torpaqdan istifadə ilə bağlı müraciətinizə baxılır.",
       "Your application on land allocation, boundary disputes or land use is reviewed.",
       "Рассматривается ваше обращение о выделении земли, пограничных спорах или землепользовании."),
      "local_government|buy|cb|d|ao|0|30|id,land,appp|landcode,appeals|dec")
    S(code, ("Sosial yardım üçün müraciətlərin qəbulu və aidiyyəti qurumlara göndərilməsi", "Receiving requests for social assistance and referring them to the competent bodies", "Приём обращений о социальной помощи и направление их в компетентные органы"),
      ("Aztəminatlı ailələrin, şəhid ailələrinin və əlilliyi olan şəxslərin yardım müraciətləri qəbul edilir və sosial müdafiə orqanlarına yönləndirilir.",
       "Requests for help from low-income families, families of martyrs and persons with disabilities are received and referred to the social-protection bodies.",
       "Обращения малообеспеченных семей, семей шехидов и лиц с инвалидностью принимаются и направляются в органы социальной защиты."),
      "social_protection|jobless disab|c|d|ao|0|10|id,family,appp|localexec,usa|dec")
    S(code, ("Kommunal xidmətlərlə bağlı şikayətlərə baxılması", "Review of complaints about communal services", "Рассмотрение жалоб на коммунальные услуги"),
      ("Su, işıq, qaz, zibilin daşınması və həyətlərin abadlığı ilə bağlı şikayətinizi göndərir, baxılmasını izləyirsiniz.",
       "Send a complaint about water, power, gas, rubbish collection or courtyard upkeep and follow how it is handled.",
       "Вы направляете жалобу на воду, свет, газ, вывоз мусора или благоустройство дворов и следите за её рассмотрением."),
      "local_government|-|c|e|pm|0|15|id,complaint|appeals,localexec|dec",
      kw=("zibil; kommunal şikayət; abadlıq", "rubbish collection; municipal complaint", "жалоба ЖКХ; вывоз мусора"))


icra_full("ICRA-GA", top=True)
icra_full("ICRA-MAS", top=True)
icra_full("ICRA-QBA", top=True)
icra_full("ICRA-BA")
icra_reception("ICRA-SM")
icra_residence("ICRA-SM")
icra_reception("ICRA-LA")
icra_reception("ICRA-SA")
icra_reception("ICRA-MI")


# ============================================================================================
# Output and checks
# ============================================================================================
SOURCE = ("The 68 services marked real:true have their Azerbaijani and English names and source URL from "
          "az-eservices-sample.json (published e-services of 18 bodies; sources kept per service); everything else "
          "(the other services and all fees, deadlines, documents, legal acts and descriptions) is plausible demo data, "
          "not the official State Services Registry.")

TARGETS = {
    "DVX": 65, "RINN": 39, "EMDX": 35, "SN": 31, "LABOUR": 27, "EN": 26, "KTN": 22, "DIM": 21, "DIN": 20, "DMX": 14,
    "DGK": 12, "DSK": 8, "EMA": 8, "QMKDK": 8, "MIDA": 5, "ESF": 3, "MDN": 8, "ETN": 15, "FHN": 8, "ETSN": 10,
    "MAN": 5, "XIN": 6, "GIN": 4, "SAK": 6, "ENN": 4, "ITSDA": 6, "AZERSU": 4, "AZERISIQ": 4, "AZERIQAZ": 4,
    "ASAN": 4, "MAI": 3, "DDLA": 4, "AZSTAND": 4,
}
LABOUR = {"EESMN", "DSMF", "DMA"}
ICRA_TARGET = (5, 6)   # services for each of ICRA-GA, ICRA-MAS, ICRA-QBA, ICRA-BA


# The most asked-for services lead the file (then the other popular ones, then the rest, each in
# definition order): the portal's first page and the name_ru rule look at the head of the list.
PRIORITY = [
    ("DIN", "Şəxsiyyət vəsiqəsinin verilməsi"),
    ("DIN", "Ümumvətəndaş pasportunun verilməsi"),
    ("DIN", "Yaşayış yeri üzrə qeydiyyata alınma"),
    ("EN", "Doğumun dövlət qeydiyyatı və doğum haqqında şəhadətnamənin verilməsi"),
    ("EN", "Nikahın dövlət qeydiyyatı"),
    ("EN", "Uşağın doğulması ilə bağlı xidmətlər paketi (proaktiv)"),
    ("DIN", "Sürücülük vəsiqəsinin verilməsi (imtahan əsasında)"),
    ("DIN", "Nəqliyyat vasitəsinin dövlət qeydiyyatına alınması"),
    ("DIN", "Oğurluq və digər cinayətlər barədə polisə məlumat verilməsi"),
    ("DIN", "Məhkumluğun olub-olmaması barədə arayışın verilməsi"),
    ("DVX", "Fiziki şəxslərin gəlir vergisi bəyannaməsinin təqdim edilməsi"),
    ("DVX", "Kommersiya hüquqi şəxslərin dövlət qeydiyyatı"),
    ("EESMN", "vətəndaşların işaxtaran və işsiz kimi qeydiyyata alınması və qeydiyyatdan çıxarılması"),
    ("EESMN", "Ünvanlı sosial yardımla bağlı müraciətin edilməsi"),
    ("SN", "Həkim qəbuluna elektron növbə (e-növbə)"),
    ("DIM", "Ali təhsil müəssisələrinə qəbul üçün ixtisas seçimi"),
    ("SAK", "Tikinti üçün icazənin verilməsi"),
    ("DSMF", "Yaşa görə əmək pensiyasının müraciətsiz (proaktiv) təyin edilməsi"),
    ("EESMN", "Əmək fəaliyyəti (məşğulluq) barədə elektron arayışın verilməsi"),
    ("DSMF", "Fərdi uçot hesabından çıxarış (e-arayış)"),
]


def build():
    rank = {key: i for i, key in enumerate(PRIORITY)}
    def key(t):
        top, order, svc = t
        r = rank.get((svc["agency"], svc["name_az"]))
        return (0, r, order) if r is not None else (1 if top else 2, 0, order)
    assert all(any((s["agency"], s["name_az"]) == k for _, _, s in SERVICES) for k in PRIORITY), "unknown PRIORITY entry"
    ordered = [svc for _, _, svc in sorted(SERVICES, key=key)]
    return {"source": SOURCE, "services": ordered}


def _known_agencies():
    codes = set()
    for name in ("agencies.json", "agencies-v2.json"):
        path = os.path.join(ROOT, "Sources", "Reference", "Data", name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                codes |= {a["code"] for a in json.load(f)["agencies"]}
    codes |= {"MAI", "DDLA", "AZSTAND"} | set(ICRA_UNIT)
    return codes


def _sample_pairs():
    path = os.environ.get("EServicesSample", "/work/shared/data/az-eservices-sample.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            sample = json.load(f)
        return [(s["name_az"], s["name_en"], s["source"]) for b in sample["bodies"] for s in b["services"]], path
    return [(az, en, src) for _, az, en, src in REAL], "embedded copy"


def _valid_date(s):
    import datetime
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def check(data):
    services = data["services"]
    known = _known_agencies()
    problems = []

    def bad(i, svc, msg):
        problems.append("#%d %s %r: %s" % (i, svc.get("agency"), svc.get("name_az", "")[:60], msg))

    long_real = []
    for i, s in enumerate(services):
        for key in ("agency", "name_az", "name_en", "description_az", "description_en", "category", "life_events",
                    "audience", "stage", "channels", "fee", "deadline_days", "documents", "legal_basis", "result",
                    "keywords", "scope"):
            if key not in s:
                bad(i, s, "missing " + key)
        if s["agency"] not in known:
            bad(i, s, "unknown agency")
        for key in ("name_az", "name_en", "description_az", "description_en"):
            if not str(s.get(key, "")).strip():
                bad(i, s, "empty " + key)
        for key in ("name_az", "name_en", "name_ru"):
            if len(s.get(key) or "") > 300:
                (long_real.append((s["agency"], key, len(s[key]))) if s.get("real") else bad(i, s, key + " > 300"))
        if s.get("name_ru") and not s.get("description_ru"):
            bad(i, s, "name_ru without description_ru")
        for key in ("name_ru", "description_ru", "online_url", "form_url", "source"):
            if key in s and not str(s[key]).strip():
                bad(i, s, "empty optional " + key)
        if s["category"] not in CATEGORIES:
            bad(i, s, "category")
        if not set(s["life_events"]) <= LIFE_EVENTS or len(set(s["life_events"])) != len(s["life_events"]):
            bad(i, s, "life_events")
        if not s["audience"] or not set(s["audience"]) <= set(AUD.values()):
            bad(i, s, "audience")
        if s["stage"] not in STAGE.values():
            bad(i, s, "stage")
        if not s["channels"] or not set(s["channels"]) <= set(CHAN.values()):
            bad(i, s, "channels")
        electronic = s["stage"] in ELECTRONIC
        if electronic and "portal" not in s["channels"]:
            bad(i, s, "electronic without portal")
        if electronic != ("online_url" in s) or (electronic and not s["online_url"].startswith("https://")):
            bad(i, s, "online_url")
        if (s["stage"] == "downloadable_form") != ("form_url" in s) or ("form_url" in s and not s["form_url"].startswith("https://")):
            bad(i, s, "form_url")
        fee = s["fee"]
        if fee["kind"] == "free":
            if set(fee) != {"kind"}:
                bad(i, s, "free fee with extras")
        elif fee["kind"] == "fixed":
            if set(fee) != {"kind", "qepik"} or not isinstance(fee["qepik"], int) or fee["qepik"] <= 0:
                bad(i, s, "fixed fee")
        elif fee["kind"] == "formula":
            if set(fee) != {"kind", "az", "en", "ru"} or not all(fee[k].strip() for k in ("az", "en", "ru")):
                bad(i, s, "formula fee")
        else:
            bad(i, s, "fee kind")
        d = s["deadline_days"]
        if d is not None and not (isinstance(d, int) and 1 <= d <= 365):
            bad(i, s, "deadline_days")
        for doc in s["documents"]:
            if not doc.get("az") or not doc.get("en") or not isinstance(doc.get("held_by_state"), bool):
                bad(i, s, "document")
        if not 1 <= len(s["legal_basis"]) <= 2:
            bad(i, s, "legal_basis count")
        for act in s["legal_basis"]:
            if not act.get("title_az") or not act.get("title_en") or not _valid_date(act.get("date")):
                bad(i, s, "legal act")
        if s["result"] not in RESULT.values():
            bad(i, s, "result")
        kw = s["keywords"]
        if set(kw) != {"az", "en", "ru"} or any(not isinstance(w, str) or not w.strip() or "|" in w or len(w) > 60
                                                 for ws in kw.values() for w in ws):
            bad(i, s, "keywords")
        scope = s["scope"]
        if s["agency"] in ICRA_UNIT:
            if scope != [ICRA_UNIT[s["agency"]]]:
                bad(i, s, "ICRA scope")
        elif scope != "national":
            bad(i, s, "scope")
        if s.get("real"):
            if not s.get("source") or not s["stage"] in ("online_form", "full_electronic"):
                bad(i, s, "real service: source/stage")
        elif "source" in s or "real" in s:
            bad(i, s, "source/real on a demo service")

    # Unique names within an agency.
    seen = collections.Counter((s["agency"], s["name_az"]) for s in services)
    for (ag, name), n in seen.items():
        if n > 1:
            problems.append("duplicate name_az in %s: %s" % (ag, name))

    total = len(services)
    agencies = collections.Counter(s["agency"] for s in services)
    electronic = sum(1 for s in services if s["stage"] in ELECTRONIC)
    share = electronic / total
    if total < 430:
        problems.append("only %d services" % total)
    if len(agencies) < 45:
        problems.append("only %d agencies" % len(agencies))
    if not 0.45 <= share <= 0.55:
        problems.append("electronic share %.3f" % share)
    missing_ru = [i for i, s in enumerate(services[:100]) if not s.get("name_ru")]
    if missing_ru:
        problems.append("name_ru missing in the first 100 at %s" % missing_ru)

    # Real services.
    pairs, sample_from = _sample_pairs()
    real = [s for s in services if s.get("real")]
    if len(real) != 68:
        problems.append("%d real services" % len(real))
    if sorted((s["name_az"], s["name_en"], s["source"]) for s in real) != sorted(pairs):
        problems.append("real (name_az, name_en, source) differ from the sample (%s)" % sample_from)

    # Per-agency targets (±20%).
    counts = dict(agencies)
    counts["LABOUR"] = sum(agencies[a] for a in LABOUR)
    for code, target in TARGETS.items():
        if abs(counts.get(code, 0) - target) > 0.2 * target + 1e-9:
            problems.append("%s has %d services, target %d" % (code, counts.get(code, 0), target))
    for code in ("ICRA-GA", "ICRA-MAS", "ICRA-QBA", "ICRA-BA"):
        if not ICRA_TARGET[0] <= agencies[code] <= ICRA_TARGET[1]:
            problems.append("%s has %d services" % (code, agencies[code]))

    # The ID card: colloquial "pasport".
    idcards = [s for s in services if s["agency"] == "DIN" and s["name_az"] == "Şəxsiyyət vəsiqəsinin verilməsi"]
    if len(idcards) != 1:
        problems.append("ID-card service not found")
    else:
        idc = idcards[0]
        words = " | ".join(w.lower() for ws in idc["keywords"].values() for w in ws)
        for needle in ("pasport", "passport", "id card", "паспорт", "удостоверение"):
            if needle not in words:
                problems.append("ID-card keywords lack " + needle)
        if idc["name_en"] != "Issuing of an identity card" or idc.get("name_ru") != "Выдача удостоверения личности":
            problems.append("ID-card names")

    # Marriage registration.
    marriage = [s for s in services if s["agency"] == "EN" and s["name_az"] == "Nikahın dövlət qeydiyyatı"]
    if len(marriage) != 1:
        problems.append("marriage registration not found")
    else:
        m = marriage[0]
        if m["fee"] != {"kind": "fixed", "qepik": 1000} or "starting_family" not in m["life_events"]:
            problems.append("marriage fee/life event")
        held = {d["en"]: d["held_by_state"] for d in m["documents"]}
        if held.get("Identity cards of both persons") is not True or held.get("Medical certificate of the premarital examination") is not False:
            problems.append("marriage documents")

    erefs = sum(1 for s in services if s["result"] == "e_reference")
    proactive = sum(1 for s in services if s["stage"] == "proactive")
    if erefs < 11:
        problems.append("only %d e-references" % erefs)
    if proactive < 3:
        problems.append("only %d proactive services" % proactive)

    print("services: %d (real %d, with name_ru %d)" % (total, len(real), sum(1 for s in services if s.get("name_ru"))))
    print("agencies: %d" % len(agencies))
    print("electronic: %d (%.1f%%); by stage: %s" % (electronic, 100 * share,
          dict(collections.Counter(s["stage"] for s in services))))
    print("e-references: %d, proactive: %d" % (erefs, proactive))
    print("fees: %s" % dict(collections.Counter(s["fee"]["kind"] for s in services)))
    print("per agency: " + ", ".join("%s %d" % kv for kv in sorted(agencies.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("labour (EESMN+DSMF+DMA): %d" % counts["LABOUR"])
    print("real names compared with: %s" % sample_from)
    for ag, key, n in long_real:
        print("NOTE: real service of %s has %s of %d characters (> 300, the office form's limit)" % (ag, key, n))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return False
    print("all checks passed")
    return True


def main():
    if "--check" not in sys.argv[1:]:
        data = build()
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote " + os.path.relpath(OUT, ROOT))
    with open(OUT, encoding="utf-8") as f:
        data = json.load(f)
    sys.exit(0 if check(data) else 1)


if __name__ == "__main__":
    main()
