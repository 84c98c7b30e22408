import Foundation
import PortalCore

/// The words of the demo items, with the authority's name and unit put in.
enum DemoTexts {
    static func items(agency name: LocalizedText, unit: String) -> [(ItemKind, ItemDraft)] {
        let az = name.az, en = name.en ?? name.az, ru = name.ru ?? name.az
        return [
            (.page, ItemDraft(
                title: LocalizedText(az: "Haqqında", en: "About", ru: "О нас"),
                body: LocalizedText(
                    az: "\(az) ərazidə dövlət siyasətini həyata keçirir, sakinlərin müraciətlərinə baxır və yerli xidmətlərin işini əlaqələndirir.\n\n## Əsas vəzifələr\n\n- sosial-iqtisadi inkişaf proqramlarının icrası;\n- kommunal xidmətlərə və yollara nəzarət;\n- vətəndaşların qəbulu və müraciətlərə cavab.",
                    en: "\(en) carries out state policy in its territory, considers residents' requests and coordinates local services.\n\n## Main duties\n\n- carrying out the social and economic development programmes;\n- overseeing utilities and roads;\n- receiving citizens and answering their requests.",
                    ru: "\(ru) проводит государственную политику на своей территории, рассматривает обращения жителей и координирует работу местных служб.\n\n## Основные задачи\n\n- выполнение программ социально-экономического развития;\n- контроль за коммунальными услугами и дорогами;\n- приём граждан и ответы на обращения."))),
            (.page, ItemDraft(
                title: LocalizedText(az: "Struktur", en: "Structure", ru: "Структура"),
                body: LocalizedText(
                    az: "- **Başçı** — ümumi rəhbərlik\n- **Başçının müavinləri** — sosial məsələlər, infrastruktur, iqtisadiyyat\n- **Aparat** — şöbələr və sektorlar\n- **İnzibati ərazi dairələri üzrə nümayəndəliklər**",
                    en: "- **Head** — overall leadership\n- **Deputy heads** — social affairs, infrastructure, economy\n- **Office** — departments and sectors\n- **Representatives in the administrative-territorial districts**",
                    ru: "- **Глава** — общее руководство\n- **Заместители главы** — социальные вопросы, инфраструктура, экономика\n- **Аппарат** — отделы и секторы\n- **Представительства в административно-территориальных округах**"))),
            (.page, ItemDraft(
                title: LocalizedText(az: "Rəhbərlik və qəbul günləri", en: "Leadership and reception days", ru: "Руководство и дни приёма"),
                body: LocalizedText(
                    az: "Başçı və müavinləri vətəndaşları həftənin müəyyən günlərində qəbul edir. Qəbul günləri, saatları və boş vaxtlar [qəbul səhifəsində](/reception?unit=\(unit)) göstərilir; qəbula oradan yazılmaq olar.",
                    en: "The head and the deputies receive citizens on set days of the week. The reception days, hours and free times are on the [reception page](/reception?unit=\(unit)), where you can also book.",
                    ru: "Глава и его заместители принимают граждан в определённые дни недели. Дни и часы приёма и свободное время указаны на [странице приёма](/reception?unit=\(unit)); там же можно записаться."))),
            (.page, ItemDraft(
                title: LocalizedText(az: "Əlaqə", en: "Contacts", ru: "Контакты"),
                body: LocalizedText(
                    az: "Müraciətləri portal vasitəsilə göndərə bilərsiniz. Yazılı müraciətlər üçün e-poçt: [info@example.az](mailto:info@example.az).\n\nİş vaxtı: bazar ertəsi – cümə, 09:00–18:00.",
                    en: "You can send requests through the portal. For written requests, e-mail [info@example.az](mailto:info@example.az).\n\nOpening hours: Monday to Friday, 09:00–18:00.",
                    ru: "Обращения можно направить через портал. Для письменных обращений: [info@example.az](mailto:info@example.az).\n\nЧасы работы: понедельник – пятница, 09:00–18:00."))),
            (.announcement, ItemDraft(
                title: LocalizedText(az: "Kommunal xidmətlər üzrə açıq qəbul günü", en: "Open reception day on utilities", ru: "День открытого приёма по коммунальным услугам"),
                body: LocalizedText(
                    az: "Hər ayın son cümə günü saat 10:00-dan 13:00-dək kommunal xidmətlər (su, qaz, elektrik, tullantılar) üzrə müraciətlər **növbəsiz** qəbul olunur.",
                    en: "On the last Friday of every month, from 10:00 to 13:00, requests about utilities (water, gas, electricity, waste) are received **without an appointment**.",
                    ru: "В последнюю пятницу каждого месяца с 10:00 до 13:00 обращения по коммунальным услугам (вода, газ, электричество, отходы) принимаются **без записи**."),
                validUntil: "2027-06-30")),
            (.news, ItemDraft(
                title: LocalizedText(az: "Vətəndaşların qəbulu onlayn yazılma ilə aparılır", en: "Citizens' receptions now booked online", ru: "Приём граждан — по онлайн-записи"),
                body: LocalizedText(
                    az: "\(az) vətəndaşların qəbulunu portal üzərindən əvvəlcədən yazılma ilə aparır.\n\nQəbula yazılmaq üçün:\n\n1. portala daxil olun;\n2. vəzifəli şəxsi və vaxtı seçin;\n3. təsdiq nömrəsini saxlayın.\n\nƏtraflı: [qəbul səhifəsi](/reception?unit=\(unit)).",
                    en: "\(en) now holds citizens' receptions by appointment booked on the portal.\n\nTo book:\n\n1. sign in to the portal;\n2. choose the official and the time;\n3. keep the confirmation number.\n\nMore: [reception page](/reception?unit=\(unit)).",
                    ru: "\(ru) ведёт приём граждан по предварительной записи через портал.\n\nЧтобы записаться:\n\n1. войдите на портал;\n2. выберите должностное лицо и время;\n3. сохраните номер подтверждения.\n\nПодробнее: [страница приёма](/reception?unit=\(unit))."))),
            (.news, ItemDraft(
                title: LocalizedText(az: "Mərkəzi küçələrdə yol təmiri başa çatıb"),
                body: LocalizedText(az: "Mərkəzi küçələrdə asfalt örtüyünün təmiri *başa çatıb*. Sakinlərə səbirlərinə görə təşəkkür edirik."))),
            (.document, ItemDraft(
                title: LocalizedText(az: "2027-ci il üçün sosial-iqtisadi inkişaf planı", en: "Social and economic development plan for 2027",
                                     ru: "План социально-экономического развития на 2027 год"),
                body: LocalizedText(
                    az: "Planda yolların, məktəblərin və su təchizatının yenilənməsi üzrə tədbirlər və onların icra müddətləri göstərilib.",
                    en: "The plan lists the work on roads, schools and water supply and when each part is due.",
                    ru: "В плане перечислены работы по дорогам, школам и водоснабжению и сроки их выполнения."),
                documentType: "Plan", documentNumber: "\(unit.dropFirst(3))-27/1", documentDate: "2026-10-15")),
        ]
    }

    /// A one-page PDF whose only text is the document's title (ASCII letters only; enough for the demo).
    static func pdf(title: String) -> [UInt8] {
        let text = String(Slug.make(title).replacingOccurrences(of: "-", with: " ").prefix(60))
        let stream = "BT /F1 14 Tf 56 780 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
