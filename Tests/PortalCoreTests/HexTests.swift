import PortalCore
import Testing

@Suite("Hex")
struct HexTests {
    @Test("lower-case two digits a byte, read back in either case; odd lengths and other characters refused")
    func roundTrip() {
        let bytes: [UInt8] = [0x00, 0x0f, 0x10, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "000f10abff")
        #expect(Hex.decode("000f10abff") == bytes)
        #expect(Hex.decode("000F10ABFF") == bytes)
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("0g") == nil)
        #expect(Hex.digit(UInt8(ascii: "7")) == 7 && Hex.digit(UInt8(ascii: "G")) == nil)
    }
}
