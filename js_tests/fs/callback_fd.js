// open / write / read / fstat / fsync / close with callbacks (read and write also pass the buffer)
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

fs.open(at('f'), 'w+', (err, fd) => {
  console.log('open', err, typeof fd);
  fs.write(fd, 'hello world', (err, written, str) => {
    console.log('write string', err, written, str);
    const data = Buffer.from('HELLO');
    fs.write(fd, data, 0, 5, 0, (err, written2, buf) => {
      console.log('write buffer', err, written2, buf === data);
      fs.fsync(fd, (err) => {
        console.log('fsync', err);
        const target = Buffer.alloc(11);
        fs.read(fd, target, 0, 11, 0, (err, bytesRead, buf2) => {
          console.log('read', err, bytesRead, buf2 === target, target.toString());
          fs.read(fd, { buffer: Buffer.alloc(3), position: 6 }, (err, n, buf3) => {
            console.log('read options', err, n, buf3.toString());
            fs.read(fd, (err, n2, buf4) => {
              console.log('read default', err, n2, buf4.length);
              fs.fstat(fd, (err, stats) => {
                console.log('fstat', err, stats.size);
                fs.close(fd, (err) => {
                  console.log('close', err);
                  fs.close(fd, (err2) => {
                    console.log('close again', err2.code, err2.syscall);
                    cleanup();
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});
