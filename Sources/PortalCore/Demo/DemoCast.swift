import Foundation

/// The people of the demo data set, shared by the modules that seed them: the population register
/// knows them, Identity gives some of them accounts and office roles. Not real people.
public enum DemoCast {
    public struct Person: Sendable {
        public let fin: String
        public let firstName: String
        public let lastName: String
        public let patronymic: String
        public let birthDate: String
        public let gender: String
        public let unitCode: String
        public let address: String
        public let idCard: String
        public let idCardIssued: String
        public let idCardExpires: String
        /// Office role, if this person works for an agency: (agency code, role, territorial unit or nil).
        public let office: (agency: String, role: OfficialRole, unit: String?)?
        /// Whether the demo gives this person a citizen account.
        public let hasAccount: Bool
    }

    public struct Company: Sendable {
        public let voen: String
        public let name: String
        public let directorFIN: String
        public let unitCode: String
    }

    public static let people: [Person] = [
        Person(fin: "5VBK5VR", firstName: "Aysel", lastName: "Məmmədova", patronymic: "Rauf qızı", birthDate: "1990-04-12",
               gender: "female", unitCode: "AZ-QBA", address: "Quba şəhəri, Heydər Əliyev prospekti 12, mənzil 5, AZ4000",
               idCard: "AA1234567", idCardIssued: "2021-05-10", idCardExpires: "2031-05-10", office: nil, hasAccount: true),
        Person(fin: "94FMDDD", firstName: "Rəşad", lastName: "Əliyev", patronymic: "Vüqar oğlu", birthDate: "1985-09-30",
               gender: "male", unitCode: "AZ-GA", address: "Gəncə şəhəri, Cavad xan küçəsi 41, mənzil 8, AZ2000",
               idCard: "AZE12345678", idCardIssued: "2016-12-20", idCardExpires: "2026-12-20", office: nil, hasAccount: true),
        Person(fin: "7HK2M3P", firstName: "Nigar", lastName: "Hüseynova", patronymic: "Elçin qızı", birthDate: "1978-01-25",
               gender: "female", unitCode: "AZ-MAS", address: "Masallı şəhəri, Nizami küçəsi 7, mənzil 2, AZ4400",
               idCard: "AA2345678", idCardIssued: "2019-03-01", idCardExpires: "2029-03-01", office: nil, hasAccount: true),
        Person(fin: "2QWRT8Z", firstName: "Elvin", lastName: "Quliyev", patronymic: "Natiq oğlu", birthDate: "2001-07-03",
               gender: "male", unitCode: "AZ-QBA", address: "Quba rayonu, Qırmızı Qəsəbə, Mərkəzi küçə 4, mənzil 1, AZ4000",
               idCard: "AA3456789", idCardIssued: "2022-08-15", idCardExpires: "2032-08-15", office: nil, hasAccount: false),
        Person(fin: "3GNC4A1", firstName: "Tural", lastName: "Həsənov", patronymic: "Kamran oğlu", birthDate: "1980-11-11",
               gender: "male", unitCode: "AZ-GA", address: "Gəncə şəhəri, Atatürk prospekti 3, mənzil 17, AZ2000",
               idCard: "AA4567890", idCardIssued: "2020-02-02", idCardExpires: "2030-02-02",
               office: (agency: "ICRA-GA", role: .operator_, unit: "AZ-GA"), hasAccount: false),
        Person(fin: "4GNC5B2", firstName: "Səbinə", lastName: "İsmayılova", patronymic: "Arif qızı", birthDate: "1975-06-19",
               gender: "female", unitCode: "AZ-GA", address: "Gəncə şəhəri, Şah İsmayıl Xətai prospekti 55, mənzil 30, AZ2000",
               idCard: "AA5678901", idCardIssued: "2018-09-09", idCardExpires: "2028-09-09",
               office: (agency: "ICRA-GA", role: .head, unit: "AZ-GA"), hasAccount: false),
        Person(fin: "5MAS6C3", firstName: "Orxan", lastName: "Babayev", patronymic: "Fikrət oğlu", birthDate: "1988-02-14",
               gender: "male", unitCode: "AZ-MAS", address: "Masallı şəhəri, Azadlıq prospekti 20, mənzil 11, AZ4400",
               idCard: "AA6789012", idCardIssued: "2021-01-20", idCardExpires: "2031-01-20",
               office: (agency: "ICRA-MAS", role: .operator_, unit: "AZ-MAS"), hasAccount: false),
        Person(fin: "6MAS7D4", firstName: "Lalə", lastName: "Rzayeva", patronymic: "Tofiq qızı", birthDate: "1972-12-01",
               gender: "female", unitCode: "AZ-MAS", address: "Masallı şəhəri, Üzeyir Hacıbəyov küçəsi 4, mənzil 6, AZ4400",
               idCard: "AA7890123", idCardIssued: "2017-04-04", idCardExpires: "2027-04-04",
               office: (agency: "ICRA-MAS", role: .head, unit: "AZ-MAS"), hasAccount: false),
        Person(fin: "7QBA8E5", firstName: "Kamal", lastName: "Nəbiyev", patronymic: "Şahin oğlu", birthDate: "1983-03-08",
               gender: "male", unitCode: "AZ-QBA", address: "Quba şəhəri, Ərəbəli küçəsi 9, mənzil 3, AZ4000",
               idCard: "AA8901234", idCardIssued: "2020-10-10", idCardExpires: "2030-10-10",
               office: (agency: "ICRA-QBA", role: .operator_, unit: "AZ-QBA"), hasAccount: false),
        Person(fin: "8QBA9F6", firstName: "Günel", lastName: "Səfərova", patronymic: "Namiq qızı", birthDate: "1979-08-22",
               gender: "female", unitCode: "AZ-QBA", address: "Quba şəhəri, Fətəli xan küçəsi 15, mənzil 21, AZ4000",
               idCard: "AA9012345", idCardIssued: "2019-07-07", idCardExpires: "2029-07-07",
               office: (agency: "ICRA-QBA", role: .head, unit: "AZ-QBA"), hasAccount: false),
        Person(fin: "9QBA1G7", firstName: "Fuad", lastName: "Kərimov", patronymic: "Ramiz oğlu", birthDate: "1986-05-30",
               gender: "male", unitCode: "AZ-QBA", address: "Quba şəhəri, Nəriman Nərimanov küçəsi 2, mənzil 9, AZ4000",
               idCard: "AA1122334", idCardIssued: "2022-01-12", idCardExpires: "2032-01-12",
               office: (agency: "ICRA-QBA", role: .agencyAdmin, unit: nil), hasAccount: false),
        Person(fin: "1DVX2H8", firstName: "Zaur", lastName: "Mustafayev", patronymic: "Elman oğlu", birthDate: "1982-09-17",
               gender: "male", unitCode: "AZ-BA", address: "Bakı şəhəri, Nəsimi rayonu, Azadlıq prospekti 101, mənzil 44, AZ1000",
               idCard: "AA2233445", idCardIssued: "2020-06-06", idCardExpires: "2030-06-06",
               office: (agency: "DVX", role: .reviewer, unit: nil), hasAccount: false),
        Person(fin: "2DVX3J9", firstName: "Aynur", lastName: "Abbasova", patronymic: "Səməd qızı", birthDate: "1984-04-04",
               gender: "female", unitCode: "AZ-BA", address: "Bakı şəhəri, Yasamal rayonu, Şərifzadə küçəsi 12, mənzil 7, AZ1000",
               idCard: "AA3344556", idCardIssued: "2021-11-11", idCardExpires: "2031-11-11",
               office: (agency: "DVX", role: .agencyAdmin, unit: nil), hasAccount: false),
        Person(fin: "3EN4K1A", firstName: "Samir", lastName: "Cəfərov", patronymic: "Əkbər oğlu", birthDate: "1977-10-10",
               gender: "male", unitCode: "AZ-BA", address: "Bakı şəhəri, Xətai rayonu, Babək prospekti 8, mənzil 52, AZ1000",
               idCard: "AA4455667", idCardIssued: "2018-12-12", idCardExpires: "2028-12-12",
               office: (agency: "EN", role: .head, unit: nil), hasAccount: false),
        Person(fin: "4ASN5L2", firstName: "Leyla", lastName: "Novruzova", patronymic: "Həsən qızı", birthDate: "1987-01-01",
               gender: "female", unitCode: "AZ-BA", address: "Bakı şəhəri, Nərimanov rayonu, Təbriz küçəsi 30, mənzil 15, AZ1000",
               idCard: "AA5566778", idCardIssued: "2022-03-03", idCardExpires: "2032-03-03",
               office: (agency: "DIN", role: .operator_, unit: nil), hasAccount: false),
    ]

    public static let companies: [Company] = [
        Company(voen: "1400057421", name: "Quba Alma MMC", directorFIN: "94FMDDD", unitCode: "AZ-QBA"),
        Company(voen: "0200432771", name: "Gəncə Texnika MMC", directorFIN: "94FMDDD", unitCode: "AZ-GA"),
        Company(voen: "1300215531", name: "Masallı Çay ASC", directorFIN: "7HK2M3P", unitCode: "AZ-MAS"),
    ]
}
