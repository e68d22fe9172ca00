import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_cd21b370dfb48c8dc3dd53241538edab8205b8ea {
    static final String base64Bytes = String.join("", "UEsDBBQAAAAAAAAAIQCZo1UjmAAAAJgAAAARABQAbGF5ZXIwLndlaWdodC5ucHkBABAAmAAAAAAAAACYAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCAyKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAPwAAoL8AAABAAAAAAAAAQL9vEoM6UEsDBBQAAAAAAAAAIQDEHi7gjAAAAIwAAAAPABQAbGF5ZXIwLmJpYXMubnB5AQAQAIwAAAAAAAAAjAAAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICc8ICAgICAgICAgICAgICAKAAAAAAAAgD8AAABmNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKzczMPc3MTD6amZm+UEsDBBQAAAAAAAAAIQBP6QAqmAAAAJgAAAARABQAbGF5ZXIxLndlaWdodC5ucHkBABAAmAAAAAAAAACYAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAzKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAAgD8AAABAAABAQAAAgEAAAKBAUEsDBBQAAAAAAAAAIQCFsLasiAAAAIgAAAAPABQAbGF5ZXIyLmJpYXMubnB5AQAQAIgAAAAAAAAAiAAAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAA/AACgvwAAAEAAAAAAAABAv28SgzpQSwMEFAAAAAAAAAAhAMQeLuCMAAAAjAAAAA8AFABsYXllcjAuYmlhcy5ucHkBABAAjAAAAAAAAACMAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAAAAAAAAAAAAAAgAHbAAAAbGF5ZXIwLmJpYXMubnB5UAAAAA==");

    public static void main(String[] args) throws Throwable {
        Crash_cd21b370dfb48c8dc3dd53241538edab8205b8ea.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = dev.nnplay.engine.fuzz.NpzFuzzTest.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = dev.nnplay.engine.fuzz.NpzFuzzTest.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        dev.nnplay.engine.fuzz.NpzFuzzTest.fuzzerTestOneInput(input);
    }
}