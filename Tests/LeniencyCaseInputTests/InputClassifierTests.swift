import LeniencyCaseInput
import Testing

/// Audit inputs are told apart by their first record's keys, in every format.
@Suite struct InputClassifierTests {
    func kind(_ text: String, _ format: InputFormat) -> InputContent {
        InputClassifier.classify(prefix: Array(text.utf8), format: format)
    }

    @Test func yamlFiles() {
        #expect(kind("# comment\nid: 洪税罚〔2025〕1号\nviolation: TAX-ZG-60-1-4\nparty:\n  name: x\n", .yaml) == .cases)
        #expect(kind("cases:\n- id: a\n", .yaml) == .cases)
        #expect(kind("inspections:\n- id: JC-1\n  enterprise: 9136\n", .yaml) == .inspections)
        #expect(kind("- id: JC-1\n  enterprise: 9136\n  reason: routine\n", .yaml) == .inspections)
        #expect(kind("certificates:\n- {number: '1', name: 张伟}\n", .yaml) == .certificates)
        #expect(kind("- number: '1'\n  name: 张伟\n  valid_from: 2020-01-01\n", .yaml) == .certificates)
        #expect(kind("# notes\nplanted:\n- code: A101\n  case: 洪税罚〔2025〕0101号\n", .yaml) == .other)
        #expect(kind("kind: list\nid: x\n", .yaml) == .cases, "an `id` alone is an incomplete case, reported as one")
        #expect(kind("kind: facts\nfacts: []\n", .yaml) == .cases, "`facts` is a case key")
        #expect(kind("kind: violations\nviolations: []\n", .yaml) == .other)
        #expect(kind("", .yaml) == .cases, "nothing to go by: the case reader reports it")
        #expect(kind("\"id\": a\n\"party\": {}\n", .yaml) == .cases)
    }

    @Test func jsonFilesAndLines() {
        #expect(kind("{\"id\": \"a\", \"party\": {\"name\": \"b\"}}", .yaml) == .cases)
        #expect(kind("[{\"number\": \"1\", \"name\": \"张伟\"}]", .yaml) == .certificates)
        #expect(kind("\n{\"id\":\"JC-1\",\"enterprise\":\"9136\",\"officers\":[{\"name\":\"a\",\"certificate\":\"1\"}]}\n{}", .jsonLines) == .inspections)
        #expect(kind("{\"id\":\"x\",\"officers\":[{\"certificate\":\"1\"}],\"violation\":\"V\"}\n", .jsonLines) == .cases)
        #expect(kind("{\"note\": \"a \\\"violation\\\": b\"}\n", .jsonLines) == .other, "keys inside strings do not count")
    }

    @Test func csvHeaders() {
        #expect(kind("\u{FEFF}id,agency,party.name,violation\n1,2,3,4\n", .csv) == .cases)
        #expect(kind("id,enterprise,agency,date,reason\n", .csv) == .inspections)
        #expect(kind("number,name,valid_from,valid_to\n1,张伟,2020-01-01,2029-12-31\n", .csv) == .certificates)
        #expect(kind("code,case\nA101,x\n", .csv) == .other)
        #expect(kind("案件编号,执法机关,违法行为代码\n", .csv) == .cases)
        #expect(kind("检查编号,企业,检查日期,检查事由\n", .csv) == .inspections)
        #expect(kind("执法证号,姓名,有效期起,有效期止\n", .csv) == .certificates)
    }
}
