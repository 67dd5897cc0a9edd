const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
await import(process.argv[2]);
const a = cpu(); await import(process.argv[3]); console.log(process.argv[3].padEnd(50), (cpu() - a).toFixed(1));
