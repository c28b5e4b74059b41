package io.retentiondesk.report.output;

import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;
import io.retentiondesk.core.calibration.CalibrationJson;
import io.retentiondesk.core.calibration.CalibrationResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes calibration.json: the signal table and the hold-out figures of SPEC §12, in the shape of
 * {@link CalibrationJson} (the one Jira stores and answers too). The same result gives the same bytes.
 */
public final class CalibrationJsonWriter {
    public void write(CalibrationResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonWriter json = new JsonWriter(w)) {
            json.setIndent(" ");
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(CalibrationJson.toJson(r), json);
        }
    }
}
