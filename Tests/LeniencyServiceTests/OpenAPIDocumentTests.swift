import Foundation
import Testing
@testable import LeniencyService

@Suite struct OpenAPIDocumentTests {
    @Test func theServedDocumentIsTheOneInDocs() throws {
        let docs = try String(contentsOf: ServiceTestSupport.root.appendingPathComponent("docs/openapi.json"), encoding: .utf8)
        #expect(OpenAPIDocument.json + "\n" == docs, "docs/openapi.json and Sources/LeniencyService/OpenAPIDocument.swift must hold the same text")
    }

    @Test(.enabled(if: !ServiceTestSupport.hasSpecValidator && ServiceTestSupport.onCI))
    func theValidatorIsRequiredOnCI() {
        Issue.record("python3 cannot import openapi_spec_validator; .ci/run must install it (pip install openapi-spec-validator)")
    }

    @Test(.enabled(if: ServiceTestSupport.hasSpecValidator))
    func theDocumentIsValidOpenAPI31() throws {
        let path = ServiceTestSupport.root.appendingPathComponent("docs/openapi.json").path
        let script = """
            import json, sys
            from openapi_spec_validator import validate
            from openapi_spec_validator.validation import OpenAPIV31SpecValidator
            spec = json.load(open(sys.argv[1]))
            assert spec["openapi"].startswith("3.1"), spec["openapi"]
            validate(spec, cls=OpenAPIV31SpecValidator)
            print("valid")
            """
        let result = try ServiceTestSupport.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("valid"))
    }

    @Test func everyRouteIsDocumented() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(object["paths"] as? [String: Any])
        for route in ["/v1/decisions", "/v1/decisions:stream", "/v1/lists", "/v1/lists/{id}", "/v1/facts", "/v1/violations",
                      "/healthz", "/metrics", "/openapi.json", "/"] {
            #expect(paths[route] != nil, "\(route) is served but not documented")
        }
    }
}
