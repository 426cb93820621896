package dev.newsloom.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Draws a small abstract "photo" for a lead image: sky, horizon and a few shapes, seeded by the article id. */
final class ImageMaker {
    private ImageMaker() {}

    static byte[] png(String articleId) {
        Random random = new Random(Newsroom.mix(articleId.hashCode(), 17));
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color sky = new Color(random.nextInt(120) + 100, random.nextInt(120) + 110, random.nextInt(80) + 170);
            g.setPaint(new GradientPaint(0, 0, sky, 0, 170, sky.brighter()));
            g.fillRect(0, 0, 480, 270);
            int horizon = 140 + random.nextInt(60);
            g.setColor(new Color(random.nextInt(80) + 40, random.nextInt(90) + 60, random.nextInt(60) + 40));
            g.fillRect(0, horizon, 480, 270 - horizon);
            for (int i = 0; i < 6 + random.nextInt(6); i++) {
                g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
                int w = 20 + random.nextInt(70);
                int h = 30 + random.nextInt(110);
                g.fillRect(random.nextInt(460), horizon - h, w, h);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
